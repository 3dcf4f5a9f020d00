package fr.gouv.ban.geocoder.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.gouv.ban.geocoder.AddressDocument;
import fr.gouv.ban.geocoder.DocumentKind;
import fr.gouv.ban.geocoder.Fixtures;
import fr.gouv.ban.geocoder.TestData;
import fr.gouv.ban.geocoder.index.DocumentTable.Field;
import org.junit.jupiter.api.Test;

class IndexBuilderTest {

  private final CompactIndex index = Fixtures.index();

  @Test
  void numbersDocumentsInIdOrder() {
    for (int doc = 1; doc < index.documentCount(); doc++) {
      assertThat(index.text(doc - 1, Field.ID)).isLessThan(index.text(doc, Field.ID));
    }
  }

  @Test
  void keepsAFrequentWordsPostingsByDecreasingImportance() {
    // the same word in streets of increasing importance, numbered by id (least important first)
    IndexBuilder builder = new IndexBuilder(TestData.NORMALIZER);
    int streets = ImportanceOrder.MIN_FREQUENCY + 6;
    for (int i = 0; i < streets; i++) {
      builder.add(
          Fixtures.street(
              String.format("99001_%04d", i), "Rue Haute", "99100", "Ville", 45, 3, i * 0.01, "1"));
    }
    CompactIndex built = builder.build();
    int haute = built.terms().find(TestData.NORMALIZER.key("haute"));
    Postings postings = built.postings();
    assertThat(postings.frequency(haute)).isEqualTo(streets);
    assertThat(postings.hasImportanceOrder(haute)).isTrue();
    assertThat(built.text(postings.doc(postings.start(haute)), Field.ID)).isEqualTo("99001_0000");
    int first = postings.doc(postings.importancePosting(postings.importanceStart(haute)));
    assertThat(built.text(first, Field.ID)).isEqualTo(String.format("99001_%04d", streets - 1));
    for (int i = postings.importanceStart(haute) + 1; i < postings.importanceEnd(haute); i++) {
      int previous = postings.doc(postings.importancePosting(i - 1));
      int doc = postings.doc(postings.importancePosting(i));
      assertThat(built.documents().importance(previous))
          .isGreaterThan(built.documents().importance(doc));
      assertThat(postings.importanceRank(previous)).isLessThan(postings.importanceRank(doc));
    }
  }

  @Test
  void weighsAWordByBoostPlusImportanceOverTheFieldLength() {
    int doc = index.find("93045"); // municipality "Les Lilas", importance 0.5
    int lilas = index.terms().find(TestData.NORMALIZER.key("lilas"));
    assertThat(index.postings().weightIn(lilas, doc)).isCloseTo((4 + 0.05f) / 2, within(1e-6f));
    int street = index.find("93045_0200"); // "Rue des Lilas Bleus", importance 0.4
    assertThat(index.postings().weightIn(lilas, street)).isCloseTo((4 + 0.04f) / 4, within(1e-6f));
  }

  @Test
  void keepsHousenumbersSortedWithDerivedIdsAndPositions() {
    int doc = index.find("80021_0500");
    DocumentTable docs = index.documents();
    StringBuilder numbers = new StringBuilder();
    for (int hn = docs.housenumberStart(doc); hn < docs.housenumberEnd(doc); hn++) {
      numbers.append(index.housenumberText(hn)).append(' ');
    }
    assertThat(numbers.toString().trim()).isEqualTo("2 4 6 8 10 16 16b");
    int sixteenB = docs.housenumberEnd(doc) - 1;
    assertThat(index.housenumberId(doc, sixteenB)).isEqualTo("80021_0500_00016_b");
    assertThat(index.housenumbers().idRef(sixteenB)).isEqualTo(StringPool.NONE);
  }

  @Test
  void rebuildsTheDocumentItIndexed() {
    AddressDocument original =
        Fixtures.documents().stream()
            .filter(d -> d.id().equals("80021_0500"))
            .findFirst()
            .orElseThrow();
    AddressDocument rebuilt = index.document(index.find("80021_0500"));
    assertThat(rebuilt.name()).isEqualTo(original.name());
    assertThat(rebuilt.kind()).isEqualTo(DocumentKind.STREET);
    assertThat(rebuilt.housenumbers()).hasSize(original.housenumbers().size());
    assertThat(rebuilt.lon()).isCloseTo(original.lon(), within(1e-6));
    assertThat(rebuilt.importance()).isCloseTo(original.importance(), within(1e-6));
  }

  @Test
  void rejectsDuplicateIdsAndHousenumberDocuments() {
    IndexBuilder builder = new IndexBuilder(TestData.NORMALIZER);
    AddressDocument doc = Fixtures.documents().get(0);
    builder.add(doc);
    assertThatThrownBy(() -> builder.add(doc)).isInstanceOf(IllegalArgumentException.class);
    AddressDocument number = doc.toBuilder().build();
    assertThatThrownBy(
            () ->
                new IndexBuilder(TestData.NORMALIZER)
                    .add(
                        AddressDocument.builder("x_1", DocumentKind.HOUSENUMBER, "1 Rue X")
                            .citycodes(number.citycodes())
                            .cities(number.cities())
                            .build()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void findsDocumentsByIdAndOnlyExistingOnes() {
    assertThat(index.find("78015")).isNotNegative();
    assertThat(index.find("78016")).isEqualTo(-1);
  }
}
