package fr.gouv.ban.api.geocoding;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.service.ChangeCommitted;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the feed keeps of committed changes before it can patch the index. */
class GeocoderFeedTest {
  private final GeocoderFeed feed = new GeocoderFeed();

  private static GeocoderIndex indexWithoutSource() {
    GeocoderIndex index = new GeocoderIndex();
    index.geocoderDataDir = Optional.empty();
    index.referenceDataDir = Optional.empty();
    index.csvFiles = Optional.empty();
    index.snapshotFile = Optional.empty();
    index.onStart(new Object());
    return index;
  }

  private void commit(int changes) {
    for (int i = 1; i <= changes; i++) {
      feed.onCommitted(new ChangeCommitted(ResourceKind.GROUP, "ban-group-" + i, i, null, null));
    }
  }

  @Test
  void a_node_without_geocoder_keeps_no_change() {
    feed.index = indexWithoutSource();
    assertThat(feed.index.disabled()).isTrue();
    commit(10_000); // an import: before the fix, a management-only node held every change

    assertThat(feed.queued()).isZero();
  }

  @Test
  void changes_wait_while_the_index_is_being_built() {
    feed.index = new GeocoderIndex(); // not started: neither disabled nor live yet
    commit(3);

    assertThat(feed.queued()).isEqualTo(3);
  }
}
