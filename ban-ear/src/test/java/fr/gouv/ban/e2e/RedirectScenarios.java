package fr.gouv.ban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Redirect routes, 300 choices and one-hop chains (§2.5, cases 9 and 10). */
abstract class RedirectScenarios extends Scenario {

  @Test
  void addsListsAndRemovesRedirects() {
    String m = fixtures.municipality();
    String former = Fixtures.insee();
    var put = http.put("municipality/" + m + "/redirects/insee:" + former, null);
    assertThat(put.status()).isEqualTo(201);
    var list = http.get("municipality/" + m + "/redirects").json();
    assertThat(list.getJsonArray("collection").getString(0)).isEqualTo("insee:" + former);
    assertThat(list.getInt("total")).isEqualTo(1);
    var followed = http.get("municipality/insee:" + former);
    assertThat(followed.status()).isEqualTo(302);
    assertThat(followed.header("Location")).endsWith("/municipality/" + m);

    assertThat(http.delete("municipality/" + m + "/redirects/insee:" + former).status())
        .isEqualTo(204);
    assertThat(http.delete("municipality/" + m + "/redirects/insee:" + former).status())
        .isEqualTo(404);
    assertThat(http.get("municipality/insee:" + former).status()).isEqualTo(404);

    var invalid = http.put("municipality/" + m + "/redirects/inse:1", null);
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(invalid.string("detail") + invalid.json().getJsonObject("errors"))
        .contains("Invalid identifier: inse");
    assertThat(http.put("municipality/" + m + "/redirects/nocolon", null).status()).isEqualTo(422);
    String own = http.get("municipality/" + m).string("insee");
    assertThat(http.put("municipality/" + m + "/redirects/insee:" + own, null).status())
        .isEqualTo(422);
  }

  @Test
  void answers300WhenSeveralResourcesClaimAFormerIdentifier() {
    String a = fixtures.municipality();
    String b = fixtures.municipality();
    String former = Fixtures.insee();
    http.put("municipality/" + a + "/redirects/insee:" + former, null);
    http.put("municipality/" + b + "/redirects/insee:" + former, null);
    var r = http.get("municipality/insee:" + former);
    assertThat(r.status()).isEqualTo(300);
    assertThat(r.json().getJsonArray("choices")).hasSize(2);
    assertThat(r.raw().headers().allValues("Link")).hasSize(2);
  }

  @Test
  void keepsChainsOneHopLong() {
    String old = fixtures.municipality();
    String survivor = fixtures.municipality();
    String former = Fixtures.insee();
    http.put("municipality/" + old + "/redirects/insee:" + former, null);
    // the old municipality is replaced: its id now leads to the survivor, and so does its redirect
    assertThat(http.put("municipality/" + survivor + "/redirects/id:" + old, null).status())
        .isEqualTo(201);
    assertThat(
            http.get("municipality/" + survivor + "/redirects").json().getJsonArray("collection"))
        .hasSize(2);
    assertThat(http.get("municipality/" + old + "/redirects").json().getJsonArray("collection"))
        .isEmpty();
    assertThat(http.get("municipality/insee:" + former).header("Location"))
        .endsWith("/municipality/" + survivor);
  }
}
