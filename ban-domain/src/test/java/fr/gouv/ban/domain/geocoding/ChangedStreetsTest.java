package fr.gouv.ban.domain.geocoding;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.service.ChangeCommitted;
import fr.gouv.ban.geocoder.DocumentChange;
import fr.gouv.ban.geocoder.Hit;
import fr.gouv.ban.geocoder.SearchQuery;
import fr.gouv.ban.geocoder.TestData;
import fr.gouv.ban.geocoder.index.IndexBuilder;
import fr.gouv.ban.geocoder.live.LiveGeocoder;
import fr.gouv.ban.geocoder.live.LiveSettings;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/**
 * Municipality and postcode changes re-read the streets that depend on them, and the live index
 * answers with the new names; the rows go through the same {@link StreetRows} mapping as the feed.
 */
class ChangedStreetsTest {

  /** A database of one municipality, two streets and their numbers, as StreetRows rows. */
  private static final class FakeDatabase implements StreetLookups {
    String insee = "80021";
    String city = "Amiens";
    String postcode = "80000";
    final Map<String, String> groupFantoir = new LinkedHashMap<>();
    final List<String> asked = new ArrayList<>();

    FakeDatabase() {
      groupFantoir.put("ban-group-1", "800210123");
      groupFantoir.put("ban-group-2", "800210456");
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
    public Set<String> groupsOfMunicipalities(Collection<String> ids) {
      asked.add("municipalities " + ids);
      return ids.contains("ban-municipality-1") ? groupFantoir.keySet() : Set.of();
    }

    @Override
    public Set<String> groupsOfPostcodes(Collection<String> ids) {
      asked.add("postcodes " + ids);
      return ids.contains("ban-postcode-1") ? Set.of("ban-group-2") : Set.of();
    }

    @Override
    public List<DocumentChange> streets(
        Collection<String> groupIds, ToLongFunction<String> population) {
      List<DocumentChange> out = new ArrayList<>();
      for (String g : new LinkedHashSet<>(groupIds)) {
        String name = g.equals("ban-group-1") ? "Rue des Hortillonnages" : "Allée des Essais";
        List<Object[]> rows = new ArrayList<>();
        for (String number : List.of("1", "3")) {
          rows.add(
              new Object[] {
                name,
                groupFantoir.get(g),
                false,
                insee,
                city,
                g + "-hn-" + number,
                number,
                null,
                postcode,
                2.3 + number.length() * 0.001,
                49.9,
                null,
                null,
                g
              });
        }
        out.add(StreetRows.street(g, rows, population));
      }
      return out;
    }
  }

  private static JsonObject municipality(String insee, String name) {
    return Json.createObjectBuilder().add("insee", insee).add("name", name).build();
  }

  private static ChangeCommitted change(ResourceKind kind, String id, JsonObject o, JsonObject n) {
    return new ChangeCommitted(kind, id, 7, o, n);
  }

  private final FakeDatabase db = new FakeDatabase();

  private LiveGeocoder liveIndexOfTheDatabase() {
    IndexBuilder builder = new IndexBuilder(TestData.NORMALIZER);
    db.streets(db.groupFantoir.keySet(), c -> 130_000).forEach(c -> builder.add(c.document()));
    return new LiveGeocoder(builder.build(), 0, TestData.NORMALIZER, LiveSettings.DEFAULTS);
  }

  private static Hit first(LiveGeocoder g, String q) {
    return g.search(SearchQuery.of(q).withAutocomplete(false).withLimit(1)).get(0);
  }

  @Test
  void aMunicipalityRenameReReadsItsStreetsAndTheIndexAnswersWithTheNewName() {
    try (LiveGeocoder live = liveIndexOfTheDatabase()) {
      assertThat(first(live, "3 rue des hortillonnages amiens").document().label())
          .isEqualTo("3 Rue des Hortillonnages 80000 Amiens");
      db.city = "Amiens-sur-Somme";
      List<DocumentChange> changes =
          ChangedStreets.of(
              List.of(
                  change(
                      ResourceKind.MUNICIPALITY,
                      "ban-municipality-1",
                      municipality("80021", "Amiens"),
                      municipality("80021", "Amiens-sur-Somme"))),
              db,
              c -> 130_000);
      assertThat(changes)
          .extracting(DocumentChange::id)
          .containsExactly("80021_0123", "80021_0456");
      live.apply(7, changes);
      Hit hit = first(live, "3 rue des hortillonnages amiens sur somme");
      assertThat(hit.document().label())
          .isEqualTo("3 Rue des Hortillonnages 80000 Amiens-sur-Somme");
      assertThat(hit.document().id()).isEqualTo("80021_0123_00003");
    }
  }

  @Test
  void anInseeChangeMovesTheStreetsWhoseIdsDeriveFromIt() {
    try (LiveGeocoder live = liveIndexOfTheDatabase()) {
      db.insee = "80999";
      List<DocumentChange> changes =
          ChangedStreets.of(
              List.of(
                  change(
                      ResourceKind.MUNICIPALITY,
                      "ban-municipality-1",
                      municipality("80021", "Amiens"),
                      municipality("80999", "Amiens"))),
              db,
              c -> 0);
      assertThat(changes)
          .extracting(c -> (c.isDelete() ? "-" : "+") + c.id())
          .containsExactly("+80999_0123", "+80999_0456", "-80021_0123", "-80021_0456");
      live.apply(7, changes);
      assertThat(first(live, "1 allee des essais amiens").document().id())
          .isEqualTo("80999_0456_00001");
      assertThat(
              live.search(SearchQuery.of("allee des essais amiens").withLimit(10)).stream()
                  .map(h -> h.document().id()))
          .noneMatch(id -> id.startsWith("80021_"));
    }
  }

  @Test
  void aPostcodeChangeReReadsTheStreetsOfItsHousenumbers() {
    try (LiveGeocoder live = liveIndexOfTheDatabase()) {
      db.postcode = "80090";
      List<DocumentChange> changes =
          ChangedStreets.of(
              List.of(
                  change(
                      ResourceKind.POSTCODE,
                      "ban-postcode-1",
                      Json.createObjectBuilder().add("code", "80000").build(),
                      Json.createObjectBuilder().add("code", "80090").build())),
              db,
              c -> 0);
      assertThat(changes).extracting(DocumentChange::id).containsExactly("80021_0456");
      live.apply(7, changes);
      assertThat(first(live, "3 allee des essais amiens").document().label())
          .isEqualTo("3 Allée des Essais 80090 Amiens");
      assertThat(db.asked).containsExactly("postcodes [ban-postcode-1]");
    }
  }
}
