package fr.gouv.ban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cases 2, 4-8 and 41 of the contract, on municipalities. */
abstract class MunicipalityScenarios extends Scenario {

  @Test
  void createsAMunicipalityWithVersionOneAndALocation() {
    String insee = Fixtures.insee();
    var r =
        http.post(
            "municipality",
            "{\"name\":\"Fornex\",\"insee\":\"" + insee + "\",\"siren\":\"123456789\"}");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    String id = r.string("id");
    assertThat(id).matches("^ban-municipality-[0-9a-f]{32}$");
    assertThat(r.header("Location")).endsWith("/municipality/" + id);
    assertThat(r.header("ETag")).isEqualTo("\"1\"");
    assertThat(r.json().getInt("version")).isEqualTo(1);
    assertThat(r.string("status")).isEqualTo("active");
    assertThat(r.json().getJsonObject("created_by").getString("contributor_type"))
        .isEqualTo("admin");
    assertThat(r.json().getJsonObject("created_by").containsKey("session")).isTrue();
  }

  @Test
  void refusesASecondMunicipalityWithTheSameInsee() {
    String insee = Fixtures.insee();
    fixtures.municipality(insee);
    var r = http.post("municipality", "{\"name\":\"Bis\",\"insee\":\"" + insee + "\"}");
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().getJsonObject("errors").getString("insee")).contains(insee);
    assertThat(r.string("code")).isEqualTo("INVALID_FIELD");
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void validatesInseeAndSirenFormats() {
    var bad = http.post("municipality", "{\"name\":\"X\",\"insee\":\"A2123\"}");
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.json().getJsonObject("errors").getString("insee"))
        .contains("(2[AB]|\\d{2})\\d{3}");
    String corsica = "2A" + String.format("%03d", (int) (Math.random() * 1000));
    var ok = http.post("municipality", "{\"name\":\"Ajaccio\",\"insee\":\"" + corsica + "\"}");
    assertThat(ok.status()).as(ok.toString()).isIn(201, 422);
    for (String siren : new String[] {"12345678", "1234567890", "12345678A"}) {
      var r =
          http.post(
              "municipality",
              "{\"name\":\"X\",\"insee\":\""
                  + Fixtures.insee()
                  + "\",\"siren\":\""
                  + siren
                  + "\"}");
      assertThat(r.status()).as(siren).isEqualTo(422);
      assertThat(r.json().getJsonObject("errors").containsKey("siren")).isTrue();
    }
  }

  @Test
  void wrapsAPlainAliasIntoAList() {
    var r =
        http.post(
            "municipality",
            "{\"name\":\"Moret\",\"insee\":\"" + Fixtures.insee() + "\",\"alias\":\"Moret\"}");
    assertThat(r.json().getJsonArray("alias").getString(0)).isEqualTo("Moret");
    assertThat(r.json().getJsonArray("alias")).hasSize(1);
  }

  @Test
  void looksUpByInseeAndRefusesUnknownIdentifierNames() {
    String insee = Fixtures.insee();
    String id = fixtures.municipality(insee);
    assertThat(http.get("municipality/insee:" + insee).string("id")).isEqualTo(id);
    var unknownName = http.get("municipality/foo:" + insee);
    assertThat(unknownName.status()).isEqualTo(404);
    assertThat(unknownName.string("code")).isNotBlank();
    assertThat(http.get("housenumber/22").status()).isEqualTo(404);
  }

  @Test
  void redirectsAFormerInseeToTheResource() {
    String insee = Fixtures.insee();
    String id = fixtures.municipality(insee);
    String next = Fixtures.insee();
    var patched = http.patch("municipality/" + id, "{\"version\":2,\"insee\":\"" + next + "\"}");
    assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
    var r = http.get("municipality/insee:" + insee);
    assertThat(r.status()).isEqualTo(302);
    assertThat(r.header("Location")).endsWith("/municipality/" + id);
  }

  @Test
  void ignoresReadOnlyFieldsSentInAnUpdate() {
    String id = fixtures.municipality();
    var r =
        http.patch(
            "municipality/" + id,
            "{\"version\":2,\"status\":\"deleted\",\"deleted_at\":\"2020-01-01\",\"id\":\"other\"}");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.string("status")).isEqualTo("active");
    assertThat(r.string("id")).isEqualTo(id);
    assertThat(http.get("municipality/" + id).status()).isEqualTo(200);
  }

  @Test
  void collapsesWhitespaceInNamesAndRefusesBlankOnes() {
    String m = fixtures.municipality();
    var r =
        http.post(
            "group",
            "{\"name\":\"   Rue de   la Plage\",\"kind\":\"way\",\"municipality\":\"" + m + "\"}");
    assertThat(r.string("name")).isEqualTo("Rue de la Plage");
    var blank =
        http.post("group", "{\"name\":\"   \",\"kind\":\"way\",\"municipality\":\"" + m + "\"}");
    assertThat(blank.status()).isEqualTo(422);
    assertThat(blank.json().getJsonObject("errors").containsKey("name")).isTrue();
    var noKind = http.post("group", "{\"name\":\"Rue\",\"municipality\":\"" + m + "\"}");
    assertThat(noKind.json().getJsonObject("errors").containsKey("kind")).isTrue();
  }
}
