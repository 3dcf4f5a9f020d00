package fr.gouv.ban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Case 42 and postcode uniqueness with nulls as values (decision 3). */
abstract class PostcodeScenarios extends Scenario {

  @Test
  void acceptsAnIntegerCodeAndRefusesCorsicanLetters() {
    String m = fixtures.municipality();
    var r = http.post("postcode", "{\"code\":31310,\"name\":\"X\",\"municipality\":\"" + m + "\"}");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(r.string("code")).isEqualTo("31310");
    var bad =
        http.post("postcode", "{\"code\":\"2A000\",\"name\":\"X\",\"municipality\":\"" + m + "\"}");
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.json().getJsonObject("errors").containsKey("code")).isTrue();
  }

  @Test
  void treatsCodeComplementAndMunicipalityAsOneKeyWithNullsAsValues() {
    String m = fixtures.municipality();
    String body = "{\"code\":\"90000\",\"name\":\"X\",\"municipality\":\"" + m + "\"";
    assertThat(http.post("postcode", body + "}").status()).isEqualTo(201);
    var dup = http.post("postcode", body + "}");
    assertThat(dup.status()).isEqualTo(422);
    assertThat(dup.json().getJsonObject("errors").keySet())
        .contains("code", "complement", "municipality");
    assertThat(http.post("postcode", body + ",\"complement\":\"CEDEX\"}").status()).isEqualTo(201);
  }

  @Test
  void filtersByRepeatedCodesAsOr() {
    String m = fixtures.municipality();
    http.post("postcode", "{\"code\":\"90001\",\"name\":\"A\",\"municipality\":\"" + m + "\"}");
    http.post("postcode", "{\"code\":\"91001\",\"name\":\"B\",\"municipality\":\"" + m + "\"}");
    var r = http.get("postcode?municipality=" + m + "&code=90001&code=91001&pk=405");
    assertThat(r.json().getInt("total")).isEqualTo(2);
    assertThat(http.get("postcode?municipality=" + m + "&code=90001").json().getInt("total"))
        .isEqualTo(1);
  }
}
