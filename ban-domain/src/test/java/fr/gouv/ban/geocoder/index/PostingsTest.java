package fr.gouv.ban.geocoder.index;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.ban.geocoder.TestData;
import org.junit.jupiter.api.Test;

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
}
