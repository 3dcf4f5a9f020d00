package fr.gouv.ban.geocoder.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.ban.geocoder.Fixtures;
import fr.gouv.ban.geocoder.Hit;
import fr.gouv.ban.geocoder.ReverseQuery;
import fr.gouv.ban.geocoder.SearchQuery;
import fr.gouv.ban.geocoder.TestData;
import fr.gouv.ban.geocoder.search.IndexGeocoder;
import fr.gouv.ban.geocoder.text.FrenchTextNormalizer;
import fr.gouv.ban.geocoder.text.QueryAnalysis;
import fr.gouv.ban.geocoder.text.Term;
import fr.gouv.ban.geocoder.text.TextNormalizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexSnapshotTest {

  @TempDir Path dir;

  @Test
  void refusesASnapshotOfTheFirstFormat() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    java.io.DataOutputStream data = new java.io.DataOutputStream(out);
    data.writeLong(0x42414E47454F4958L);
    data.writeInt(1);
    data.flush();
    assertThatThrownBy(
            () ->
                IndexSnapshot.readFrom(
                    new ByteArrayInputStream(out.toByteArray()), TestData.NORMALIZER))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("unsupported snapshot format 1");
  }

  @Test
  void roundTripsTheParisIndexWithItsIncrement() throws IOException {
    CompactIndex original = TestData.parisIndex();
    Path file = dir.resolve("paris.snapshot");
    new IndexSnapshot(original, 4242, IndexSnapshot.Origin.DATABASE)
        .writeTo(file, TestData.NORMALIZER);
    IndexSnapshot read = IndexSnapshot.readFrom(file, TestData.NORMALIZER);

    assertThat(read.increment()).isEqualTo(4242);
    assertThat(read.origin()).isEqualTo(IndexSnapshot.Origin.DATABASE);
    assertThat(read.index().documentCount()).isEqualTo(original.documentCount());
    assertThat(read.index().housenumbers().size()).isEqualTo(original.housenumbers().size());
    IndexGeocoder before = new IndexGeocoder(original, TestData.NORMALIZER);
    IndexGeocoder after = new IndexGeocoder(read.index(), TestData.NORMALIZER);
    for (String q :
        List.of("8 rue de la paix paris", "20 bd ponyatowsky", "place de la rep", "paris")) {
      assertThat(labels(after.search(SearchQuery.of(q))))
          .isEqualTo(labels(before.search(SearchQuery.of(q))));
    }
    ReverseQuery reverse = ReverseQuery.at(48.8688, 2.3309).withLimit(3);
    assertThat(labels(after.reverse(reverse))).isEqualTo(labels(before.reverse(reverse)));
  }

  @Test
  void rejectsForeignStreams() {
    assertThatThrownBy(
            () ->
                IndexSnapshot.readFrom(new ByteArrayInputStream(new byte[64]), TestData.NORMALIZER))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a geocoder snapshot");
  }

  @Test
  void rejectsTruncatedStreams() throws IOException {
    byte[] bytes = bytes(Fixtures.index());
    byte[] truncated = Arrays.copyOf(bytes, bytes.length - 20);
    assertThatThrownBy(
            () -> IndexSnapshot.readFrom(new ByteArrayInputStream(truncated), TestData.NORMALIZER))
        .isInstanceOf(IOException.class);
  }

  @Test
  void rejectsASnapshotBuiltWithAnotherNormaliser() throws IOException {
    byte[] bytes = bytes(Fixtures.index());
    assertThatThrownBy(
            () -> IndexSnapshot.readFrom(new ByteArrayInputStream(bytes), new OtherNormalizer()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("built with");
  }

  private static byte[] bytes(CompactIndex index) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new IndexSnapshot(index, 1).writeTo(out, TestData.NORMALIZER);
    return out.toByteArray();
  }

  private static List<String> labels(List<Hit> hits) {
    return hits.stream().map(h -> h.document().label() + " " + h.score()).toList();
  }

  /** Same rules under another name: the snapshot must still refuse it. */
  private static final class OtherNormalizer implements TextNormalizer {
    private final TextNormalizer delegate = new FrenchTextNormalizer();

    @Override
    public String fold(String text) {
      return delegate.fold(text);
    }

    @Override
    public List<Term> indexTerms(String fieldValue) {
      return delegate.indexTerms(fieldValue);
    }

    @Override
    public QueryAnalysis analyze(String query) {
      return delegate.analyze(query);
    }

    @Override
    public String key(String foldedWord) {
      return delegate.key(foldedWord);
    }

    @Override
    public String housenumberKey(String housenumber) {
      return delegate.housenumberKey(housenumber);
    }
  }
}
