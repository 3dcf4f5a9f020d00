package fr.gouv.ban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Validation plugins on API writes: the example third-party plugin (a jar added to ban.war by
 * scripts/add-plugin.sh, built outside the application's modules) and IGN's own rule, whose
 * failures come back together in one 422 naming each rule.
 */
abstract class PluginScenarios extends Scenario {
  private Http ign() {
    Cli.Credentials client =
        Cli.createClient("ign e2e", "--contributor-type", "ign", "--all-write-scopes");
    return http.as(Server.token(client, Map.of("email", "ign@example.org")));
  }

  private static Map<String, String> rules(Http.Reply r) {
    return r.json().getJsonArray("violations").stream()
        .map(JsonObject.class::cast)
        .filter(v -> v.containsKey("rule"))
        .collect(Collectors.toMap(v -> v.getString("field"), v -> v.getString("rule")));
  }

  @Test
  void aThirdPartyPluginAddedToTheArchiveRefusesAWrite() {
    String group = fixtures.group();
    var before = Database.snapshot();
    Http.Reply refused =
        http.post("housenumber", "{\"number\":\"666\",\"parent\":\"" + group + "\"}");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    assertThat(refused.json().getJsonObject("errors").getString("number"))
        .isEqualTo("number 666 is reserved (example third-party plugin)");
    assertThat(rules(refused)).containsEntry("number", "example.reserved-number");
    assertThat(Database.snapshot()).isEqualTo(before);
    assertThat(
            http.post("housenumber", "{\"number\":\"667\",\"parent\":\"" + group + "\"}").status())
        .isEqualTo(201);
  }

  @Test
  void aContributorsRulesApplyToItsWritesOnlyAndAllFailuresComeTogether() {
    Http ign = ign();
    String group = fixtures.group();
    var before = Database.snapshot();
    Http.Reply refused =
        ign.post(
            "housenumber",
            "{\"number\":\"666\",\"parent\":\"" + group + "\",\"ign\":\"not-a-cle\"}");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    assertThat(rules(refused))
        .containsEntry("number", "example.reserved-number")
        .containsEntry("ign", "ign.identifier-format");
    assertThat(refused.json().getJsonObject("errors").getString("ign"))
        .contains("expected a BAN identifier");
    assertThat(Database.snapshot()).isEqualTo(before);
    // the same identifier from an administrator: IGN's rule is not theirs
    assertThat(
            http.post(
                    "housenumber",
                    "{\"number\":\"12\",\"parent\":\"" + group + "\",\"ign\":\"not-a-cle\"}")
                .status())
        .isEqualTo(201);
  }
}
