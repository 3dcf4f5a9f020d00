package fr.gouv.ban.domain.resource;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.ban.domain.contributor.ContributorSession;
import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.model.AddressGroup;
import fr.gouv.ban.domain.model.GeoPoint;
import fr.gouv.ban.domain.model.Housenumber;
import fr.gouv.ban.domain.model.Municipality;
import fr.gouv.ban.domain.model.Position;
import fr.gouv.ban.domain.model.Postcode;
import fr.gouv.ban.domain.model.VersionedResource;
import fr.gouv.ban.domain.versioning.DataDiff;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The snapshot is the version data the renderer has always produced, and its comparison agrees with
 * {@link DataDiff#changedFields} on every kind of change an import can make.
 */
class DataSnapshotTest {
  private static final ResourceRenderer RENDERER =
      new ResourceRenderer(
          key -> new ContributorSession(key, "client " + key, ContributorType.IGN));

  private static final OffsetDateTime T0 =
      OffsetDateTime.of(2024, 5, 1, 8, 0, 0, 0, ZoneOffset.UTC);

  private static <E extends VersionedResource> E stamped(E e, String id) {
    e.setId(id);
    e.setVersion(3);
    e.setCreatedAt(T0);
    e.setModifiedAt(T0.plusSeconds(61).plusNanos(123_000));
    e.setCreatedBy(1);
    e.setModifiedBy(2);
    return e;
  }

  private static AddressGroup group(String id) {
    AddressGroup g = stamped(new AddressGroup(), id);
    g.setName("Rue " + id);
    g.setKind("way");
    g.setFantoir("751023456");
    Municipality m = stamped(new Municipality(), "ban-municipality-1");
    m.setInsee("75102");
    m.setName("Paris 2e");
    g.setMunicipality(m);
    return g;
  }

  private static Housenumber housenumber() {
    Housenumber h = stamped(new Housenumber(), "ban-housenumber-1");
    h.setNumber("8");
    h.setOrdinal("bis");
    h.setParent(group("ban-group-1"));
    h.setAncestors(new ArrayList<>(List.of(group("ban-group-2"))));
    Postcode p = stamped(new Postcode(), "ban-postcode-1");
    p.setCode("75002");
    h.setPostcode(p);
    h.setIgn("75102_3456_00008_bis");
    h.setAttributes(new LinkedHashMap<>(Map.of("source", "ign", "certified", "1")));
    h.computeCia();
    return h;
  }

  private static Position position() {
    Position p = stamped(new Position(), "ban-position-1");
    p.setCenter(new GeoPoint(2.312168, 48.852374));
    p.setHousenumber(housenumber());
    p.setKind("entrance");
    p.setPositioning("gps");
    p.setSource("ign");
    p.setSourceKind("ign");
    p.setIgn("75102_3456_00008_bis");
    return p;
  }

  static Stream<VersionedResource> resources() {
    Position deleted = position();
    deleted.setDeletedAt(T0.plusDays(1));
    Housenumber bare = stamped(new Housenumber(), "ban-housenumber-2");
    return Stream.of(housenumber(), position(), group("ban-group-3"), deleted, bare);
  }

  @ParameterizedTest
  @MethodSource("resources")
  void rendersTheVersionDataOfTheRendererWithTheMaskAll(VersionedResource e) {
    assertThat(RENDERER.snapshot(e).json())
        .isEqualTo(RENDERER.render(e, Mask.all(), View.VERSION_DATA))
        .isEqualTo(RENDERER.data(e));
    assertThat(RENDERER.snapshot(e).json().toString())
        .isEqualTo(RENDERER.render(e, Mask.all(), View.VERSION_DATA).toString());
  }

  static Stream<Arguments> housenumberChanges() {
    AddressGroup otherParent = group("ban-group-9");
    return Stream.of(
        change("nothing", h -> {}),
        change("same values, new objects", h -> h.setNumber(String.valueOf(new char[] {'8'}))),
        change(
            "same ancestors in a new list", h -> h.setAncestors(new ArrayList<>(h.getAncestors()))),
        change(
            "same attributes in a new map",
            h -> h.setAttributes(new LinkedHashMap<>(h.getAttributes()))),
        change(
            "bookkeeping only",
            h -> {
              h.setVersion(9);
              h.setModifiedAt(T0.plusDays(3));
              h.setModifiedBy(7);
            }),
        change("number", h -> h.setNumber("9")),
        change("ordinal to null", h -> h.setOrdinal(null)),
        change("parent", h -> h.setParent(otherParent)),
        change("ancestors", h -> h.setAncestors(List.of())),
        change("postcode to null", h -> h.setPostcode(null)),
        change("attributes", h -> h.setAttributes(Map.of("source", "ign"))),
        change("attributes to null", h -> h.setAttributes(null)),
        change("attributes mutated in place", h -> h.getAttributes().put("certified", "0")),
        change("deleted", h -> h.setDeletedAt(T0)));
  }

  private static Arguments change(String name, Consumer<Housenumber> edit) {
    return Arguments.of(name, edit);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("housenumberChanges")
  void comparesLikeTheDiffOfTheRenderedData(String name, Consumer<Housenumber> edit) {
    Housenumber h = housenumber();
    DataSnapshot before = RENDERER.snapshot(h);
    var oldData = RENDERER.render(h, Mask.all(), View.VERSION_DATA);
    edit.accept(h);
    h.computeCia();
    var newData = RENDERER.render(h, Mask.all(), View.VERSION_DATA);
    boolean unchanged = DataDiff.changedFields(oldData, newData).isEmpty();
    assertThat(before.sameTrackedData(RENDERER.snapshot(h))).isEqualTo(unchanged);
    assertThat(unchanged)
        .isEqualTo(
            List.of(
                    "nothing",
                    "same values, new objects",
                    "same ancestors in a new list",
                    "same attributes in a new map",
                    "bookkeeping only")
                .contains(name));
    // the snapshot keeps the data of its instant, whatever happened to the entity since
    assertThat(before.json()).isEqualTo(oldData);
  }

  @ParameterizedTest
  @MethodSource("resources")
  void dataOfAnotherKindIsComparedByItsRenderedDiff(VersionedResource e) {
    Position p = position();
    assertThat(RENDERER.snapshot(e).sameTrackedData(RENDERER.snapshot(p)))
        .isEqualTo(DataDiff.changedFields(RENDERER.data(e), RENDERER.data(p)).isEmpty());
  }
}
