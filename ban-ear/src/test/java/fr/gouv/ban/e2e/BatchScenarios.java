package fr.gouv.ban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code POST /batch} (§2.6, case 38, decision 5). */
abstract class BatchScenarios extends Scenario {

  @Test
  void runsOperationsInOrderWithReferencesToEarlierOnes() {
    String insee = Fixtures.insee();
    var r =
        http.post(
            "batch",
            "[{\"method\":\"POST\",\"path\":\"/municipality\",\"body\":{\"name\":\"Lot\",\"insee\":\""
                + insee
                + "\"}},"
                + "{\"method\":\"POST\",\"path\":\"/group\",\"body\":{\"name\":\"Rue du Lot\","
                + "\"kind\":\"way\",\"municipality\":\"$0\"}},"
                + "{\"method\":\"POST\",\"path\":\"/housenumber\",\"body\":{\"number\":\"1\","
                + "\"parent\":\"$1\"}},"
                + "{\"method\":\"PATCH\",\"path\":\"/housenumber/$2\",\"body\":{\"version\":2,"
                + "\"ordinal\":\"bis\"}},"
                + "{\"method\":\"DELETE\",\"path\":\"/housenumber/$2\"}]");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    var results = r.json().getJsonArray("results");
    assertThat(results).hasSize(5);
    assertThat(results.getJsonObject(0).getInt("status")).isEqualTo(201);
    String m = results.getJsonObject(0).getJsonObject("body").getString("id");
    assertThat(results.getJsonObject(0).getString("location")).endsWith("/municipality/" + m);
    assertThat(results.getJsonObject(1).getJsonObject("body").getString("municipality"))
        .isEqualTo(m);
    assertThat(results.getJsonObject(3).getInt("status")).isEqualTo(200);
    assertThat(results.getJsonObject(3).getJsonObject("body").getString("ordinal"))
        .isEqualTo("bis");
    assertThat(results.getJsonObject(4).getInt("status")).isEqualTo(204);
    String h = results.getJsonObject(2).getJsonObject("body").getString("id");
    assertThat(http.get("housenumber/" + h).status()).isEqualTo(410);
    assertThat(http.get("municipality/insee:" + insee).string("id")).isEqualTo(m);
  }

  @Test
  void rollsEverythingBackAtTheFirstFailureAndNamesIt() {
    String insee = Fixtures.insee();
    var before = Database.snapshot();
    String create =
        "{\"method\":\"POST\",\"path\":\"/municipality\",\"body\":{\"name\":\"Twice\",\"insee\":\""
            + insee
            + "\"}}";
    var r = http.post("batch", "[" + create + "," + create + "]");
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().getInt("failed_index")).isEqualTo(1);
    assertThat(r.json().getJsonObject("errors").containsKey("insee")).isTrue();
    assertThat(Database.snapshot()).isEqualTo(before);
    assertThat(http.get("municipality/insee:" + insee).status()).isEqualTo(404);

    var missing =
        http.post(
            "batch",
            "["
                + create
                + ",{\"method\":\"PATCH\",\"path\":\"/group/ban-group-"
                + "0".repeat(32)
                + "\",\"body\":{\"version\":2}}]");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().getInt("failed_index")).isEqualTo(1);
    assertThat(Database.snapshot()).isEqualTo(before);
  }

  @Test
  void refusesMalformedBatchesBeforeRunningAnything() {
    var before = Database.snapshot();
    assertThat(http.post("batch", "[]").status()).isEqualTo(400);
    assertThat(http.post("batch", "{}").status()).isEqualTo(400);
    assertThat(http.post("batch", "not json").status()).isEqualTo(400);
    String good =
        "{\"method\":\"POST\",\"path\":\"/municipality\",\"body\":{\"name\":\"X\",\"insee\":\""
            + Fixtures.insee()
            + "\"}}";
    for (String bad :
        new String[] {
          "{\"path\":\"/municipality\",\"body\":{\"name\":\"x\"}}",
          "{\"method\":\"POTS\",\"path\":\"/municipality\",\"body\":{\"name\":\"x\"}}",
          "{\"method\":\"POST\",\"body\":{\"name\":\"x\"}}",
          "{\"method\":\"POST\",\"path\":\"coucou\",\"body\":{\"name\":\"x\"}}",
          "{\"method\":\"POST\",\"path\":\"/municipality\",\"body\":{}}",
          "{\"method\":\"POST\",\"path\":\"/municipality\"}",
          "{\"method\":\"PATCH\",\"path\":\"/municipality\",\"body\":{\"name\":\"x\"}}",
          "{\"method\":\"PATCH\",\"path\":\"/municipality/$5\",\"body\":{\"version\":2}}",
          "42"
        }) {
      var r = http.post("batch", "[" + good + "," + bad + "]");
      assertThat(r.status()).as(bad).isEqualTo(422);
      assertThat(r.json().getInt("failed_index")).as(bad).isEqualTo(1);
    }
    assertThat(Database.snapshot()).isEqualTo(before);
  }

  @Test
  void checksTheScopeOfEachOperation() {
    Cli.Credentials c =
        Cli.createClient("Batch groups", "--contributor-type", "ign", "--scope", "group_write");
    Http groups = http.as(Server.token(c, Map.of("ip", "192.0.2.11")));
    String m = fixtures.municipality();
    var before = Database.snapshot();
    var r =
        groups.post(
            "batch",
            "[{\"method\":\"POST\",\"path\":\"/group\",\"body\":{\"name\":\"Rue\",\"kind\":\"way\","
                + "\"municipality\":\""
                + m
                + "\"}},{\"method\":\"PATCH\",\"path\":\"/municipality/"
                + m
                + "\",\"body\":{\"version\":2,\"name\":\"No\"}}]");
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().getInt("failed_index")).isEqualTo(1);
    assertThat(r.string("detail")).contains("municipality_write");
    assertThat(Database.snapshot()).isEqualTo(before);
  }
}
