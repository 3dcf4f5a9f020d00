package fr.gouv.ban.api.geocoding;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.ban.domain.geocoding.StreetSource;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.service.ChangeCommitted;
import fr.gouv.ban.geocoder.AddressDocument;
import fr.gouv.ban.geocoder.DocumentChange;
import fr.gouv.ban.geocoder.HousenumberEntry;
import fr.gouv.ban.geocoder.SearchQuery;
import fr.gouv.ban.geocoder.index.IndexBuilder;
import fr.gouv.ban.geocoder.index.IndexSnapshot;
import fr.gouv.ban.geocoder.load.StreetDocuments;
import fr.gouv.ban.geocoder.text.TextNormalizer;
import fr.gouv.ban.geocoder.text.TextNormalizers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading a snapshot at start: replay after a database snapshot, refusal of a bad file. */
class GeocoderIndexTest {
  private static final TextNormalizer NORMALIZER = TextNormalizers.load();

  @TempDir Path dir;

  private final GeocoderIndex index = new GeocoderIndex();

  /** The database: the diffs after the snapshot and the streets as they are now. */
  private static final class FakeStreets extends StreetSource {
    final List<Long> askedAfter = new ArrayList<>();

    @Override
    public List<ChangeCommitted> committedAfter(long increment) {
      askedAfter.add(increment);
      return List.of(new ChangeCommitted(ResourceKind.GROUP, "ban-group-2", 43, null, null));
    }

    @Override
    public Set<String> groupsOfHousenumbers(Collection<String> ids) {
      return Set.of();
    }

    @Override
    public Set<String> housenumbersOfPositions(Collection<String> ids) {
      return Set.of();
    }

    @Override
    public List<DocumentChange> streets(Collection<String> ids, ToLongFunction<String> pop) {
      return ids.contains("ban-group-2")
          ? List.of(DocumentChange.upsert(street("80021_0456", "Allée des Rejoués")))
          : List.of();
    }
  }

  private static AddressDocument street(String id, String name) {
    return StreetDocuments.street(
        id,
        name,
        "80021",
        "Amiens",
        null,
        null,
        List.of(new HousenumberEntry("3", id + "_00003", null, 2.3, 49.9, Double.NaN, Double.NaN)),
        Map.of("80000", 1),
        130_000);
  }

  private Path snapshot(IndexSnapshot.Origin origin) throws Exception {
    IndexBuilder builder = new IndexBuilder(NORMALIZER);
    builder.add(street("80021_0123", "Rue des Instantanés"));
    Path file = dir.resolve("test.snapshot");
    new IndexSnapshot(builder.build(), 42, origin).writeTo(file, NORMALIZER);
    return file;
  }

  private FakeStreets wire() {
    FakeStreets streets = new FakeStreets();
    index.streets = streets;
    index.geocoderDataDir = Optional.empty();
    index.referenceDataDir = Optional.empty();
    index.csvFiles = Optional.empty();
    index.snapshotFile = Optional.empty();
    return streets;
  }

  private String first(String q) {
    return index.current().orElseThrow().search(SearchQuery.of(q).withLimit(1)).stream()
        .map(h -> h.document().label())
        .findFirst()
        .orElse(null);
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void loadsADatabaseSnapshotThenReplaysTheChangesCommittedAfterItsIncrement() throws Exception {
    FakeStreets streets = wire();
    assertThat(index.load(snapshot(IndexSnapshot.Origin.DATABASE))).isTrue();
    assertThat(streets.askedAfter).containsExactly(42L);
    assertThat(index.notReadyReason()).isNull();
    assertThat(first("3 rue des instantanes")).isEqualTo("3 Rue des Instantanés 80000 Amiens");
    assertThat(first("3 allee des rejoues")).isEqualTo("3 Allée des Rejoués 80000 Amiens");
    assertThat(index.live().orElseThrow().increment()).isEqualTo(43);
  }

  @Test
  void replaysNothingAfterASnapshotOfFiles() throws Exception {
    FakeStreets streets = wire();
    assertThat(index.load(snapshot(IndexSnapshot.Origin.FILES))).isTrue();
    assertThat(streets.askedAfter).isEmpty();
    assertThat(first("3 rue des instantanes")).isEqualTo("3 Rue des Instantanés 80000 Amiens");
  }

  @Test
  void refusesAMissingOrForeignFileSoThatTheNodeBuildsInstead() throws Exception {
    wire();
    assertThat(index.load(dir.resolve("none.snapshot"))).isFalse();
    Path foreign = Files.writeString(dir.resolve("foreign.snapshot"), "not a snapshot at all");
    assertThat(index.load(foreign)).isFalse();
    assertThat(index.current()).isEmpty();
  }
}
