package fr.gouv.ban.geocoder.live;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.ban.geocoder.AddressDocument;
import fr.gouv.ban.geocoder.DocumentChange;
import fr.gouv.ban.geocoder.Fixtures;
import fr.gouv.ban.geocoder.Hit;
import fr.gouv.ban.geocoder.ReverseQuery;
import fr.gouv.ban.geocoder.SearchQuery;
import fr.gouv.ban.geocoder.TestData;
import fr.gouv.ban.geocoder.index.IndexSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LiveGeocoderTest {

  private static final AddressDocument NEW_STREET =
      Fixtures.street(
          "80021_9999", "Rue des Hortillonnages", "80000", "Amiens", 49.9, 2.3, 0.5, "1", "3");

  private final LiveGeocoder geocoder =
      new LiveGeocoder(
          Fixtures.index(),
          10,
          TestData.NORMALIZER,
          new LiveSettings(1000, fr.gouv.ban.geocoder.search.SearchSettings.DEFAULTS));

  @AfterEach
  void stop() {
    geocoder.close();
  }

  private List<String> ids(String query) {
    return geocoder.search(SearchQuery.of(query).withAutocomplete(false).withLimit(10)).stream()
        .map(h -> h.document().id())
        .toList();
  }

  @Test
  void makesAnUpsertedStreetSearchableImmediately() {
    assertThat(ids("3 rue des hortillonnages amiens")).doesNotContain("80021_9999_00003");
    assertThat(geocoder.apply(11, List.of(DocumentChange.upsert(NEW_STREET)))).isTrue();
    assertThat(ids("3 rue des hortillonnages amiens")).first().isEqualTo("80021_9999_00003");
    assertThat(geocoder.increment()).isEqualTo(11);
  }

  @Test
  void hidesADeletedDocument() {
    assertThat(ids("andresy")).contains("78015");
    geocoder.apply(11, List.of(DocumentChange.delete("78015")));
    assertThat(ids("andresy")).doesNotContain("78015");
  }

  @Test
  void replacesTheBaseVersionOfAnUpdatedDocument() {
    AddressDocument renamed =
        Fixtures.street(
            "80021_0500", "Boulevard du Havre", "80000", "Amiens", 49.9, 2.29, 0.67, "8");
    geocoder.apply(11, List.of(DocumentChange.upsert(renamed)));
    assertThat(ids("8 boulevard du havre amiens")).first().isEqualTo("80021_0500_00008");
    assertThat(
            geocoder.search(SearchQuery.of("8 boulevard du port amiens").withAutocomplete(false)))
        .extracting(h -> h.document().name())
        .doesNotContain("8 Boulevard du Port");
    Hit reverse = geocoder.reverse(ReverseQuery.at(49.9, 2.29)).get(0);
    assertThat(reverse.document().street()).isEqualTo("Boulevard du Havre");
  }

  @Test
  void ignoresReplayedIncrements() {
    geocoder.apply(11, List.of(DocumentChange.upsert(NEW_STREET)));
    assertThat(geocoder.apply(11, List.of(DocumentChange.delete("80021_9999")))).isFalse();
    assertThat(geocoder.apply(5, List.of(DocumentChange.delete("80021_9999")))).isFalse();
    assertThat(ids("rue des hortillonnages")).contains("80021_9999");
  }

  @Test
  void mergesTheOverlayIntoANewBaseAndKeepsLaterChanges() throws Exception {
    geocoder.apply(11, List.of(DocumentChange.upsert(NEW_STREET), DocumentChange.delete("78015")));
    geocoder.merge().get(30, TimeUnit.SECONDS);
    assertThat(geocoder.pendingChanges()).isZero();
    assertThat(ids("rue des hortillonnages amiens")).first().isEqualTo("80021_9999");
    assertThat(ids("andresy")).doesNotContain("78015");
    geocoder.apply(12, List.of(DocumentChange.delete("80021_9999")));
    assertThat(geocoder.pendingChanges()).isEqualTo(1);
    assertThat(ids("rue des hortillonnages amiens")).doesNotContain("80021_9999");
  }

  @Test
  void mergesInTheBackgroundOnceTheOverlayIsFull() throws Exception {
    try (LiveGeocoder small =
        new LiveGeocoder(
            Fixtures.index(),
            0,
            TestData.NORMALIZER,
            new LiveSettings(2, fr.gouv.ban.geocoder.search.SearchSettings.DEFAULTS))) {
      small.apply(1, List.of(DocumentChange.upsert(NEW_STREET), DocumentChange.delete("78015")));
      small.merge().get(30, TimeUnit.SECONDS);
      assertThat(small.pendingChanges()).isZero();
      assertThat(small.search(SearchQuery.of("rue des hortillonnages"))).isNotEmpty();
    }
  }

  @Test
  void snapshotsIncludeTheOverlayAndTheIncrement() throws IOException {
    geocoder.apply(11, List.of(DocumentChange.upsert(NEW_STREET), DocumentChange.delete("78015")));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    geocoder.snapshot().writeTo(bytes, TestData.NORMALIZER);
    IndexSnapshot read =
        IndexSnapshot.readFrom(new ByteArrayInputStream(bytes.toByteArray()), TestData.NORMALIZER);
    assertThat(read.increment()).isEqualTo(11);
    try (LiveGeocoder restored =
        LiveGeocoder.fromSnapshot(read, TestData.NORMALIZER, LiveSettings.DEFAULTS)) {
      assertThat(restored.search(SearchQuery.of("rue des hortillonnages"))).isNotEmpty();
      assertThat(restored.search(SearchQuery.of("andresy")))
          .noneMatch(h -> h.document().id().equals("78015"));
    }
  }

  @Test
  void readersKeepAnsweringWhileChangesArrive() throws Exception {
    Thread writer =
        new Thread(
            () -> {
              for (int i = 0; i < 50; i++) {
                geocoder.apply(
                    11 + i,
                    List.of(
                        i % 2 == 0
                            ? DocumentChange.upsert(NEW_STREET)
                            : DocumentChange.delete("80021_9999")));
              }
            });
    writer.start();
    while (writer.isAlive()) {
      // a reader sees the street entirely or not at all, never an error or a half state
      List<Hit> hits =
          geocoder.search(
              SearchQuery.of("1 rue des hortillonnages amiens").withAutocomplete(false));
      assertThat(hits).allSatisfy(h -> assertThat(h.score()).isBetween(0.0, 1.0));
    }
    writer.join();
    assertThat(geocoder.increment()).isEqualTo(60);
    assertThat(ids("rue des hortillonnages")).doesNotContain("80021_9999");
  }
}
