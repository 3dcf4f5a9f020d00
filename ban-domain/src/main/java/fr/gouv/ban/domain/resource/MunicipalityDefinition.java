package fr.gouv.ban.domain.resource;

import fr.gouv.ban.domain.model.AddressGroup;
import fr.gouv.ban.domain.model.Municipality;
import fr.gouv.ban.domain.model.Postcode;
import fr.gouv.ban.domain.model.ResourceKind;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Municipality: name, alias, insee (natural key), siren. */
public final class MunicipalityDefinition implements ResourceDefinition<Municipality> {
  static final Pattern INSEE = Pattern.compile("(2[AB]|\\d{2})\\d{3}");
  private static final Pattern SIREN = Pattern.compile("\\d{9}");

  @Override
  public ResourceKind kind() {
    return ResourceKind.MUNICIPALITY;
  }

  @Override
  public Class<Municipality> entityClass() {
    return Municipality.class;
  }

  @Override
  public Municipality newEntity() {
    return new Municipality();
  }

  @Override
  public void read(BodyReader in, Municipality m) {
    in.name("name", 200, true, m::setName);
    in.aliases("alias", m::setAlias);
    in.matching("insee", INSEE, "INSEE code must match " + INSEE.pattern(), true, m::setInsee);
    in.matching("siren", SIREN, "SIREN must be 9 digits", false, m::setSiren);
    in.attributes(m::setAttributes);
  }

  @Override
  public Map<String, FieldValue> fields(Municipality m) {
    return new Fields()
        .text("name", m.getName())
        .list("alias", m.getAlias())
        .text("insee", m.getInsee())
        .text("siren", m.getSiren())
        .build();
  }

  @Override
  public Map<String, ResourceKind> relations() {
    return Map.of();
  }

  @Override
  public List<UniqueKey> uniqueKeys() {
    return List.of(UniqueKey.single("insee", true), UniqueKey.single("siren", false));
  }

  @Override
  public List<IncomingLink> incomingLinks() {
    return List.of(
        new IncomingLink("groups", AddressGroup.class, "municipality", false),
        new IncomingLink("postcodes", Postcode.class, "municipality", false));
  }

  @Override
  public Map<String, Filter> filters() {
    return Map.of("insee", Filter.text("insee"), "siren", Filter.text("siren"));
  }

  @Override
  public String defaultOrder() {
    return "e.insee";
  }
}
