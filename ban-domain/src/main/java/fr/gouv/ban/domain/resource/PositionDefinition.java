package fr.gouv.ban.domain.resource;

import fr.gouv.ban.domain.model.Housenumber;
import fr.gouv.ban.domain.model.Position;
import fr.gouv.ban.domain.model.ResourceKind;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Position: at least one of center and name; kind and positioning from fixed lists. */
public final class PositionDefinition implements ResourceDefinition<Position> {
  private static final Set<String> KINDS =
      Set.of(
          "postal",
          "entrance",
          "building",
          "staircase",
          "unit",
          "parcel",
          "segment",
          "utility",
          "area",
          "unknown");
  private static final Set<String> POSITIONING =
      Set.of("dgps", "gps", "imagery", "projection", "interpolation", "other");

  @Override
  public ResourceKind kind() {
    return ResourceKind.POSITION;
  }

  @Override
  public Class<Position> entityClass() {
    return Position.class;
  }

  @Override
  public Position newEntity() {
    return new Position();
  }

  @Override
  public void read(BodyReader in, Position p) {
    in.point("center", p::setCenter);
    in.name("name", 200, false, p::setName);
    in.reference(
        "housenumber", ResourceKind.HOUSENUMBER, Housenumber.class, true, p::setHousenumber);
    in.reference("parent", ResourceKind.POSITION, Position.class, false, p::setParent);
    in.choice("kind", KINDS, true, p::setKind);
    in.choice("positioning", POSITIONING, true, p::setPositioning);
    in.text("source", 64, false, p::setSource);
    in.text("comment", 10_000, false, p::setComment);
    in.text("ign", 32, false, p::setIgn);
    in.matching(
        "laposte",
        HousenumberDefinition.CEA,
        "CEA must match " + HousenumberDefinition.CEA.pattern(),
        false,
        p::setLaposte);
    in.attributes(p::setAttributes);
    boolean located = p.getCenter() != null || p.getName() != null;
    if (!located && !in.violations().has("center") && !in.violations().has("name")) {
      in.violations().add("center", "A position needs a center or a name");
      in.violations().add("name", "A position needs a center or a name");
    }
    if (p.getParent() != null && p.getParent() == p) {
      in.violations().add("parent", "A position cannot be its own parent");
    }
  }

  @Override
  public Map<String, FieldValue> fields(Position p) {
    return new Fields()
        .point("center", p.getCenter())
        .text("name", p.getName())
        .ref("housenumber", p::getHousenumber)
        .ref("parent", p::getParent)
        .text("kind", p.getKind())
        .text("positioning", p.getPositioning())
        .text("source", p.getSource())
        .text("source_kind", p.getSourceKind())
        .text("comment", p.getComment())
        .text("ign", p.getIgn())
        .text("laposte", p.getLaposte())
        .build();
  }

  @Override
  public Map<String, ResourceKind> relations() {
    return Map.of("housenumber", ResourceKind.HOUSENUMBER, "parent", ResourceKind.POSITION);
  }

  @Override
  public List<UniqueKey> uniqueKeys() {
    return List.of(UniqueKey.single("ign", false), UniqueKey.single("laposte", false));
  }

  @Override
  public List<IncomingLink> incomingLinks() {
    return List.of(new IncomingLink("children", Position.class, "parent", false));
  }

  @Override
  public Map<String, Filter> filters() {
    return Map.of(
        "kind", Filter.text("kind"),
        "housenumber", Filter.reference("housenumber", ResourceKind.HOUSENUMBER));
  }

  @Override
  public String defaultOrder() {
    return "e.pk";
  }
}
