package fr.gouv.ban.geocoder.index;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.ban.geocoder.TestData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostingsTest {

  /** Every posting of the Paris index is found, and the documents between them are not. */
  @Test
  void findsADocumentsPostingInDenseAndSparseListsAlike() {
    CompactIndex index = TestData.parisIndex();
    Postings postings = index.postings();
    int dense = 0;
    for (int term = 0; term < index.terms().size(); term++) {
      boolean common = postings.frequency(term) * DenseLists.MIN_SHARE >= index.documentCount();
      assertThat(postings.isDense(term)).isEqualTo(common);
      dense += common ? 1 : 0;
      for (int p = postings.start(term); p < postings.end(term); p++) {
        int doc = postings.doc(p);
        assertThat(postings.find(term, doc)).isEqualTo(p);
        assertThat(postings.weightIn(term, doc)).isEqualTo(postings.weight(p));
        boolean nextHolds = p + 1 < postings.end(term) && postings.doc(p + 1) == doc + 1;
        if (!nextHolds && doc + 1 < index.documentCount()) {
          assertThat(postings.find(term, doc + 1)).isEqualTo(-1);
          assertThat(postings.weightIn(term, doc + 1)).isZero();
        }
      }
      if (postings.frequency(term) > 0 && postings.doc(postings.start(term)) > 0) {
        assertThat(postings.find(term, postings.doc(postings.start(term)) - 1)).isEqualTo(-1);
      }
    }
    // "rue", "de", "paris"... but not the names
    assertThat(postings.isDense(index.terms().find(TestData.NORMALIZER.key("rue")))).isTrue();
    assertThat(dense).isBetween(5, index.terms().size() / 20);
  }

  /** Each entry of the importance order carries its document's rank, built or read back. */
  @Test
  void importanceEntriesCarryTheirDocumentsRanks(@TempDir Path dir) throws IOException {
    CompactIndex built = TestData.parisIndex();
    Path file = dir.resolve("paris.snapshot");
    new IndexSnapshot(built, 0).writeTo(file, TestData.NORMALIZER);
    CompactIndex read = IndexSnapshot.readFrom(file, TestData.NORMALIZER).index();
    for (CompactIndex index : List.of(built, read)) {
      Postings postings = index.postings();
      int ordered = 0;
      for (int term = 0; term < index.terms().size(); term++) {
        for (int i = postings.importanceStart(term); i < postings.importanceEnd(term); i++) {
          int doc = postings.doc(postings.importancePosting(i));
          assertThat(postings.importanceRankAt(i)).isEqualTo(postings.importanceRank(doc));
          if (i > postings.importanceStart(term)) {
            assertThat(postings.importanceRankAt(i))
                .isGreaterThan(postings.importanceRankAt(i - 1));
          }
          ordered++;
        }
      }
      assertThat(ordered).isGreaterThan(50_000);
    }
  }
}
