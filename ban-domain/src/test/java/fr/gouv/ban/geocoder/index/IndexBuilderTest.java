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
