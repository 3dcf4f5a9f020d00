package fr.gouv.ban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** /search and /reverse with the public address API's contract, on the shipped Paris extract. */
abstract class GeocodingScenarios extends Scenario {

  private JsonObject first(String path) {
    var r = http.get(path);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json().getJsonArray("features").getJsonObject(0);
  }

  @Test
  void findsAParisAddressWithItsInteroperabilityKey() {
    var r = http.get("search?q=8+rue+de+la+paix+paris&limit=1");
    JsonObject body = r.json();
    assertThat(body.getString("type")).isEqualTo("FeatureCollection");
    assertThat(body.getString("version")).isEqualTo("draft");
    assertThat(body.getString("query")).isEqualTo("8 rue de la paix paris");
    assertThat(body.getInt("limit")).isEqualTo(1);
    JsonObject p = body.getJsonArray("features").getJsonObject(0).getJsonObject("properties");
    assertThat(p.getString("id")).isEqualTo("75102_6998_00008");
    assertThat(p.getString("label")).isEqualTo("8 Rue de la Paix 75002 Paris");
    assertThat(p.getString("type")).isEqualTo("housenumber");
    assertThat(p.getString("street")).isEqualTo("Rue de la Paix");
    assertThat(p.getString("postcode")).isEqualTo("75002");
    assertThat(p.getString("citycode")).isEqualTo("75102");
    assertThat(p.getJsonNumber("score").doubleValue()).isEqualTo(0.96406);
  }

  @Test
  void filtersByTypeAndEchoesFiltersAsLists() {
    var r = http.get("search?q=rue+de+rivoli&type=street&postcode=75001+75004");
    JsonObject body = r.json();
    assertThat(body.getJsonObject("filters").getJsonArray("postcode")).hasSize(2);
    assertThat(body.getJsonArray("features")).isNotEmpty();
    body.getJsonArray("features")
        .getValuesAs(JsonObject.class)
        .forEach(
            f -> {
              JsonObject p = f.getJsonObject("properties");
              assertThat(p.getString("type")).isEqualTo("street");
              assertThat(p.getString("street")).isEqualTo(p.getString("name"));
              assertThat(p.getString("postcode")).isIn("75001", "75004");
            });
  }

  @Test
  void findsAMunicipalityWhichHasNoProjectedCoordinates() {
    var r = http.get("search?q=paris&type=municipality&limit=1");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    var properties = r.json().getJsonArray("features").getJsonObject(0).getJsonObject("properties");
    assertThat(properties.getString("type")).isEqualTo("municipality");
    assertThat(properties.getString("name")).isEqualTo("Paris");
    assertThat(properties.containsKey("x")).isFalse();
  }

  @Test
  void findsAnAddressWrittenThroughTheManagementApiWithinASecondAndForgetsItWhenDeleted()
      throws InterruptedException {
    String m = fixtures.municipality(Fixtures.insee());
    String fantoir = Fixtures.fantoir(http.get("municipality/" + m).string("insee"));
    var street =
        http.post(
            "group",
            "{\"name\":\"Allée des Essais Vivants\",\"kind\":\"way\",\"municipality\":\""
                + m
                + "\",\"fantoir\":\""
                + fantoir
                + "\"}");
    String h = fixtures.housenumber(street.string("id"), "7", "bis");
    String p = fixtures.position(h, 2.3522, 48.8566);
    long written = System.nanoTime();
    Http.Reply found = null;
    for (int i = 0; i < 40; i++) {
      var r = http.get("search?q=7+bis+allee+des+essais+vivants&limit=1");
      if (r.json().getJsonArray("features").size() > 0 && r.text().contains("Essais Vivants")) {
        found = r;
        break;
      }
      Thread.sleep(50);
    }
    assertThat(found).as("found within 2 s").isNotNull();
    assertThat((System.nanoTime() - written) / 1_000_000)
        .as("ms to be searchable")
        .isLessThan(1000);
    var properties =
        found.json().getJsonArray("features").getJsonObject(0).getJsonObject("properties");
    assertThat(properties.getString("type")).isEqualTo("housenumber");
    assertThat(properties.getString("label")).startsWith("7bis Allée des Essais Vivants");
    assertThat(properties.getString("id"))
        .isEqualTo(fantoir.substring(0, 5) + "_" + fantoir.substring(5) + "_00007_bis");

    assertThat(http.delete("position/" + p).status()).isEqualTo(204);
    assertThat(http.delete("housenumber/" + h).status()).isEqualTo(204);
    boolean gone = false;
    for (int i = 0; i < 40 && !gone; i++) {
      Thread.sleep(50);
      gone =
          !http.get("search?q=7+bis+allee+des+essais+vivants&limit=1")
              .text()
              .contains("Essais Vivants");
    }
    assertThat(gone).as("forgotten once deleted").isTrue();
  }

  /** Polls the search until a label contains {@code expected}; the label found, or null. */
  private String labelWithin(String query, String expected, int millis)
      throws InterruptedException {
    long deadline = System.nanoTime() + millis * 1_000_000L;
    while (System.nanoTime() < deadline) {
      var features = http.get(query).json().getJsonArray("features");
      if (!features.isEmpty()) {
        String label = features.getJsonObject(0).getJsonObject("properties").getString("label");
        if (label.contains(expected)) {
          return label;
        }
      }
      Thread.sleep(50);
    }
    return null;
  }

  @Test
  void answersWithTheNewNameOfARenamedMunicipality() throws InterruptedException {
    String insee = Fixtures.insee();
    String m = fixtures.municipality(insee);
    String fantoir = Fixtures.fantoir(insee);
    var street =
        http.post(
            "group",
            "{\"name\":\"Impasse des Renommages\",\"kind\":\"way\",\"municipality\":\""
                + m
                + "\",\"fantoir\":\""
                + fantoir
                + "\"}");
    String h = fixtures.housenumber(street.string("id"), "3", null);
    fixtures.position(h, 2.35, 48.85);
    String query = "search?q=3+impasse+des+renommages&limit=1";
    assertThat(labelWithin(query, "Commune " + insee, 5000)).as("searchable").isNotNull();

    var renamed = http.patch("municipality/" + m, "{\"version\":2,\"name\":\"Bourg-Renommé\"}");
    assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    assertThat(labelWithin(query, "Bourg-Renommé", 5000))
        .as("the street answers with the new name within 5 s")
        .startsWith("3 Impasse des Renommages");
  }

  @Test
  void buildsASnapshotOfTheDatabaseHoldingTheStreetsWrittenThroughTheApi() throws Exception {
    String insee = Fixtures.insee();
    String m = fixtures.municipality(insee);
    String fantoir = Fixtures.fantoir(insee);
    var street =
        http.post(
            "group",
            "{\"name\":\"Sentier des Instantanés\",\"kind\":\"way\",\"municipality\":\""
                + m
                + "\",\"fantoir\":\""
                + fantoir
                + "\"}");
    String h = fixtures.housenumber(street.string("id"), "12", null);
    fixtures.position(h, 2.36, 48.86);
    java.nio.file.Path out = java.nio.file.Files.createTempFile("ban-db", ".snapshot");
    try {
      String summary =
          Cli.ok(
              "index",
              "build",
              "--from",
              "db",
              "--out",
              out.toString(),
              "--data-dir",
              "../data",
              "--quiet");
      assertThat(summary).contains("housenumbers").contains("up to diff increment");
      var normalizer = fr.gouv.ban.geocoder.text.TextNormalizers.load();
      var snapshot = fr.gouv.ban.geocoder.index.IndexSnapshot.readFrom(out, normalizer);
      assertThat(snapshot.origin())
          .isEqualTo(fr.gouv.ban.geocoder.index.IndexSnapshot.Origin.DATABASE);
      assertThat(snapshot.increment()).isPositive();
      var hits =
          new fr.gouv.ban.geocoder.search.IndexGeocoder(snapshot.index(), normalizer)
              .search(fr.gouv.ban.geocoder.SearchQuery.of("12 sentier des instantanes"));
      assertThat(hits).isNotEmpty();
      assertThat(hits.get(0).document().id())
          .isEqualTo(insee + "_" + fantoir.substring(5) + "_00012");
      assertThat(hits.get(0).document().label()).contains("Commune " + insee);
    } finally {
      java.nio.file.Files.deleteIfExists(out);
    }
  }

  @Test
  void completesATypedPrefix() {
    JsonObject p = first("search?q=8+rue+de+la+pai&limit=5").getJsonObject("properties");
    assertThat(p.getString("label")).isEqualTo("8 Rue de la Paix 75002 Paris");
  }

  @Test
  void reversesAPointToTheNearestAddressWithItsDistance() {
    JsonObject p = first("reverse?lat=48.868831&lon=2.330992").getJsonObject("properties");
    assertThat(p.getString("id")).isEqualTo("75102_6998_00008");
    assertThat(p.getInt("distance")).isLessThanOrEqualTo(1);
  }

  @Test
  void refusesBadParametersWithProblems() {
    assertThat(http.get("search").status()).isEqualTo(400);
    assertThat(http.get("search?q=paris&limit=0").status()).isEqualTo(400);
    assertThat(http.get("search?q=paris&limit=101").status()).isEqualTo(400);
    assertThat(http.get("search?q=paris&type=planet").status()).isEqualTo(400);
    assertThat(http.get("search?q=paris&lat=91&lon=2").status()).isEqualTo(400);
    assertThat(http.get("search?q=" + "a".repeat(201)).status()).isEqualTo(413);
    var noLon = http.get("reverse?lat=48.8");
    assertThat(noLon.status()).isEqualTo(400);
    assertThat(noLon.header("Content-Type")).startsWith("application/problem+json");
  }
}
