package fr.gouv.ban.domain.resource;

import fr.gouv.ban.domain.model.AddressGroup;
import fr.gouv.ban.domain.model.Housenumber;
import fr.gouv.ban.domain.model.Municipality;
import fr.gouv.ban.domain.model.ResourceKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Group (street or named place): FANTOIR is its natural key. */
public final class GroupDefinition implements ResourceDefinition<AddressGroup> {
  private static final Set<String> KINDS = Set.of("way", "area");
  private static final Set<String> ADDRESSING =
      Set.of("classical", "metric", "linear", "mixed", "anarchical");
  private static final Pattern LAPOSTE = Pattern.compile("\\d{1,8}");
  private static final Pattern FANTOIR = Pattern.compile("(2[AB]|\\d{2})\\d{3}[0-9A-Z]{4,5}");

  @Override
  public ResourceKind kind() {
    return ResourceKind.GROUP;
  }

  @Override
  public Class<AddressGroup> entityClass() {
    return AddressGroup.class;
  }

  @Override
  public AddressGroup newEntity() {
    return new AddressGroup();
  }

  @Override
  public void read(BodyReader in, AddressGroup g) {
    in.name("name", 200, true, g::setName);
    in.aliases("alias", g::setAlias);
    in.choice("kind", KINDS, true, g::setKind);
    in.choice("addressing", ADDRESSING, false, g::setAddressing);
    in.text("fantoir", 200, false, v -> readFantoir(in, v, g));
    in.matching("laposte", LAPOSTE, "La Poste id must be at most 8 digits", false, g::setLaposte);
    in.text("ign", 24, false, g::setIgn);
    in.reference(
        "municipality", ResourceKind.MUNICIPALITY, Municipality.class, true, g::setMunicipality);
    in.attributes(g::setAttributes);
  }

  /** FANTOIR = INSEE + 4-character RIVOLI code; a 10th character (the control key) is cut. */
  private static void readFantoir(BodyReader in, String value, AddressGroup g) {
    if (value == null) {
      g.setFantoir(null);
    } else if (!FANTOIR.matcher(value).matches()) {
      in.violations()
          .add(
              "fantoir",
              "FANTOIR must be 9 characters (INSEE code + RIVOLI code), or 10 with the key: "
                  + value);
    } else {
      g.setFantoir(value.substring(0, 9));
    }
  }

  @Override
  public Map<String, FieldValue> fields(AddressGroup g) {
    return new Fields()
        .text("name", g.getName())
        .list("alias", g.getAlias())
        .text("kind", g.getKind())
        .text("addressing", g.getAddressing())
        .text("fantoir", g.getFantoir())
        .text("laposte", g.getLaposte())
        .text("ign", g.getIgn())
        .ref("municipality", g::getMunicipality)
        .build();
  }

  @Override
  public Map<String, ResourceKind> relations() {
    return Map.of("municipality", ResourceKind.MUNICIPALITY);
  }

  @Override
  public List<UniqueKey> uniqueKeys() {
    return List.of(
        UniqueKey.single("fantoir", true),
        UniqueKey.single("laposte", false),
        UniqueKey.single("ign", false));
  }

  @Override
  public List<IncomingLink> incomingLinks() {
    return List.of(
        new IncomingLink("housenumbers", Housenumber.class, "parent", false),
        new IncomingLink("ancestors", Housenumber.class, "ancestors", true));
  }

  @Override
  public Map<String, Filter> filters() {
    return Map.of(
        "municipality", Filter.reference("municipality", ResourceKind.MUNICIPALITY),
        "kind", Filter.text("kind"),
        "fantoir", Filter.text("fantoir"));
  }

  @Override
  public String defaultOrder() {
    return "e.pk";
  }
}
