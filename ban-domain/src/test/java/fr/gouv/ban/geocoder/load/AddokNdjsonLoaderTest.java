package fr.gouv.ban.geocoder.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.gouv.ban.geocoder.AddressDocument;
import fr.gouv.ban.geocoder.DocumentKind;
import fr.gouv.ban.geocoder.Hit;
import fr.gouv.ban.geocoder.SearchQuery;
import fr.gouv.ban.geocoder.TestData;
import fr.gouv.ban.geocoder.index.IndexBuilder;
import fr.gouv.ban.geocoder.search.IndexGeocoder;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddokNdjsonLoaderTest {

  @Test
  void loadsTheNewCaledoniaExport() throws IOException {
    List<AddressDocument> docs = new AddokNdjsonLoader().load(TestData.caledoniaNdjson());
    assertThat(docs).hasSize(1951);
    assertThat(docs).filteredOn(d -> d.kind() == DocumentKind.MUNICIPALITY).hasSize(33);
    assertThat(docs.stream().mapToInt(d -> d.housenumbers().size()).sum()).isEqualTo(40_874);
    AddressDocument pouembout = docs.get(0);
    assertThat(pouembout.name()).isEqualTo("Pouembout");
    assertThat(pouembout.population()).isEqualTo(2752);
    assertThat(pouembout.importance()).isCloseTo(0.34113, within(1e-9));
    assertThat(pouembout.context()).isEqualTo("988, Nouvelle-Calédonie");
  }

  @Test
  void keepsTheNestedNumbersSearchable() throws IOException {
    IndexGeocoder geocoder =
        new IndexGeocoder(
            new IndexBuilder(TestData.NORMALIZER)
                .addAll(new AddokNdjsonLoader().load(TestData.caledoniaNdjson()))
                .build(),
            TestData.NORMALIZER);
    Hit hit =
        geocoder
            .search(SearchQuery.of("39 rue des sapins pouembout").withAutocomplete(false))
            .get(0);
    assertThat(hit.document().id()).isEqualTo("98825_y6as4k_00039");
    assertThat(hit.document().lon()).isCloseTo(164.90049, within(1e-6));
  }

  @Test
  void acceptsListsNullsAndNumbersForCodes() {
    AddressDocument doc =
        AddokNdjsonLoader.toDocument(
            (Map<?, ?>)
                JsonText.parse(
                    "{\"id\":\"01001_0001\",\"type\":\"street\",\"name\":[\"Rue A\",\"Rue Alias\"],\"postcode\":1400,"
                        + "\"citycode\":[\"01001\"],\"city\":\"Ville\",\"lon\":4.9,\"lat\":46.1,\"importance\":0.5,"
                        + "\"housenumbers\":{\"2bis\":{\"id\":\"01001_0001_00002_bis\",\"lon\":4.9,\"lat\":46.1}}}"));
    assertThat(doc.name()).isEqualTo("Rue A");
    assertThat(doc.postcodes()).containsExactly("1400");
    assertThat(doc.housenumbers()).extracting(n -> n.number()).containsExactly("2bis");
    assertThat(doc.x()).isNaN();
  }
}
