package fr.gouv.ban.domain.resource;

import fr.gouv.ban.domain.model.AddressGroup;
import fr.gouv.ban.domain.model.Housenumber;
import fr.gouv.ban.domain.model.Position;
import fr.gouv.ban.domain.model.Postcode;
import fr.gouv.ban.domain.model.ResourceKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Housenumber: unique by (parent, number, ordinal); {@code cia} computed on every save. */
public final class HousenumberDefinition implements ResourceDefinition<Housenumber> {
  static final Pattern CEA = Pattern.compile("(2[AB]|\\d{2})\\d{3}[234679ABCEGHILMNPRSTUVXYZ]{5}");

  @Override
  public ResourceKind kind() {
    return ResourceKind.HOUSENUMBER;
  }

  @Override
  public Class<Housenumber> entityClass() {
    return Housenumber.class;
  }

  @Override
  public Housenumber newEntity() {
    return new Housenumber();
  }

  @Override
  public void read(BodyReader in, Housenumber h) {
    in.text("number", 16, false, v -> h.setNumber(v == null || v.isBlank() ? null : v.strip()));
    in.text("ordinal", 16, false, v -> h.setOrdinal(v == null || v.isBlank() ? null : v.strip()));
    in.reference("parent", ResourceKind.GROUP, AddressGroup.class, true, h::setParent);
    in.references("ancestors", ResourceKind.GROUP, AddressGroup.class, h::setAncestors);
    in.reference("postcode", ResourceKind.POSTCODE, Postcode.class, false, h::setPostcode);
    in.matching("laposte", CEA, "CEA must match " + CEA.pattern(), false, h::setLaposte);
    in.text(
        "ign", 32, false, h::setIgn); // a clé d'interopérabilité: up to 5+6+5+9 characters and 3 _
    in.attributes(h::setAttributes);
    h.computeCia();
  }

  @Override
  public Map<String, FieldValue> fields(Housenumber h) {
    return new Fields()
        .text("number", h.getNumber())
        .text("ordinal", h.getOrdinal())
        .ref("parent", h::getParent)
        .refs("ancestors", h::getAncestors)
        .ref("postcode", h::getPostcode)
        .text("cia", h.getCia())
        .text("laposte", h.getLaposte())
        .text("ign", h.getIgn())
        .refs("positions", () -> activePositions(h))
        .build();
  }

  private static List<Position> activePositions(Housenumber h) {
    return h.getPositions().stream().filter(p -> !p.isDeleted()).toList();
  }

  @Override
  public Set<String> reverseRelations() {
    return Set.of("positions");
  }

  @Override
  public Set<String> collectionExclusions() {
    return Set.of("ancestors");
  }

  @Override
  public Map<String, ResourceKind> relations() {
    return Map.of(
        "parent", ResourceKind.GROUP,
        "ancestors", ResourceKind.GROUP,
        "postcode", ResourceKind.POSTCODE,
        "positions", ResourceKind.POSITION);
  }

  @Override
  public List<UniqueKey> uniqueKeys() {
    return List.of(
        new UniqueKey(
            List.of("parent", "number", "ordinal"),
            true,
            List.of("number", "ordinal"),
            List.of("ordinal")),
        UniqueKey.single("cia", false),
        UniqueKey.single("laposte", false),
        UniqueKey.single("ign", false));
  }

  @Override
  public List<IncomingLink> incomingLinks() {
    return List.of(new IncomingLink("positions", Position.class, "housenumber", false));
  }

  @Override
  public Map<String, Filter> filters() {
    return Map.of(
        "number", Filter.text("number"),
        "ordinal", Filter.text("ordinal"),
        "parent", Filter.reference("parent", ResourceKind.GROUP),
        "group", Filter.reference("parent", ResourceKind.GROUP),
        "postcode", Filter.reference("postcode", ResourceKind.POSTCODE),
        "ancestors", Filter.member("ancestors", ResourceKind.GROUP),
        "cia", Filter.text("cia"));
  }

  @Override
  public String defaultOrder() {
    return "e.numberValue ASC NULLS FIRST, e.number ASC NULLS FIRST, e.ordinal ASC NULLS FIRST, e.pk";
  }
}
