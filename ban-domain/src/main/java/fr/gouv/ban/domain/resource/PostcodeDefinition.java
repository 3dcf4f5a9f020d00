package fr.gouv.ban.domain.resource;

import fr.gouv.ban.domain.model.Housenumber;
import fr.gouv.ban.domain.model.Municipality;
import fr.gouv.ban.domain.model.Postcode;
import fr.gouv.ban.domain.model.ResourceKind;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Postcode: code, name, alias, complement, municipality; unique by all three of the key. */
public final class PostcodeDefinition implements ResourceDefinition<Postcode> {
  private static final Pattern CODE = Pattern.compile("\\d{5}");

  @Override
  public ResourceKind kind() {
    return ResourceKind.POSTCODE;
  }

  @Override
  public Class<Postcode> entityClass() {
    return Postcode.class;
  }

  @Override
  public Postcode newEntity() {
    return new Postcode();
  }

  @Override
  public void read(BodyReader in, Postcode p) {
    in.matching("code", CODE, "Postcode must be 5 digits", true, p::setCode);
    in.name("name", 200, true, p::setName);
    in.aliases("alias", p::setAlias);
    in.text("complement", 38, false, p::setComplement);
    in.reference(
        "municipality", ResourceKind.MUNICIPALITY, Municipality.class, true, p::setMunicipality);
    in.attributes(p::setAttributes);
  }

  @Override
  public Map<String, FieldValue> fields(Postcode p) {
    return new Fields()
        .text("code", p.getCode())
        .text("name", p.getName())
        .list("alias", p.getAlias())
        .text("complement", p.getComplement())
        .ref("municipality", p::getMunicipality)
        .build();
  }

  @Override
  public Map<String, ResourceKind> relations() {
    return Map.of("municipality", ResourceKind.MUNICIPALITY);
  }

  @Override
  public List<UniqueKey> uniqueKeys() {
    return List.of(
        new UniqueKey(
            List.of("code", "complement", "municipality"), true, List.of("complement"), List.of()));
  }

  @Override
  public List<IncomingLink> incomingLinks() {
    return List.of(new IncomingLink("housenumbers", Housenumber.class, "postcode", false));
  }

  @Override
  public Map<String, Filter> filters() {
    return Map.of(
        "code", Filter.text("code"),
        "municipality", Filter.reference("municipality", ResourceKind.MUNICIPALITY));
  }

  @Override
  public String defaultOrder() {
    return "e.code, e.municipality.insee, e.pk";
  }
}
