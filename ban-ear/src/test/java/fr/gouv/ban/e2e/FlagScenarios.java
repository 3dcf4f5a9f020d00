package fr.gouv.ban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Flags (§2.7, case 36, decisions 7 and 14). */
abstract class FlagScenarios extends Scenario {

  private Http as(String name, String type, String scopes) {
    Cli.Credentials c = Cli.createClient(name, "--contributor-type", type, "--scope", scopes);
    return http.as(Server.token(c, Map.of("ip", "192.0.2.10")));
  }

  @Test
  void flagsOncePerClientShowsThemAndUnflagsOnlyTheCallersOwn() {
    String m = fixtures.municipality();
    Http ign = as("IGN flags", "ign", "municipality_write");
    Http poste = as("Poste flags", "laposte", "municipality_write");

    var flagged = ign.post("municipality/" + m + "/versions/1/flag", "{\"status\":true}");
    assertThat(flagged.status()).as(flagged.toString()).isEqualTo(200);
    assertThat(ign.post("municipality/" + m + "/versions/1/flag", "{\"status\":true}").status())
        .isEqualTo(200);
    var flags = http.get("municipality/" + m + "/versions/1").json().getJsonArray("flags");
    assertThat(flags).hasSize(1);
    assertThat(flags.getJsonObject(0).getString("by")).isEqualTo("ign");
    assertThat(flags.getJsonObject(0).getString("client")).isEqualTo("IGN flags");
    assertThat(flags.getJsonObject(0).getString("at")).isNotBlank();

    assertThat(poste.post("municipality/" + m + "/versions/1/flag", "{\"status\":false}").status())
        .isEqualTo(200);
    assertThat(http.get("municipality/" + m + "/versions/1").json().getJsonArray("flags"))
        .hasSize(1);

    poste.post("municipality/" + m + "/versions/1/flag", "{\"status\":true}");
    var single = http.get("municipality/" + m).json();
    assertThat(single.getJsonObject("flag").getString("by")).isEqualTo("laposte");
    assertThat(
            http.get("municipality/" + m + "/versions")
                .json()
                .getJsonArray("collection")
                .getJsonObject(0)
                .getJsonArray("flags"))
        .hasSize(2);

    assertThat(ign.post("municipality/" + m + "/versions/1/flag", "{\"status\":false}").status())
        .isEqualTo(200);
    var left = http.get("municipality/" + m + "/versions/1").json().getJsonArray("flags");
    assertThat(left).hasSize(1);
    assertThat(left.getJsonObject(0).getString("by")).isEqualTo("laposte");
    // a flag is no write: the version stays
    assertThat(http.get("municipality/" + m).json().getInt("version")).isEqualTo(1);
  }

  @Test
  void filtersCollectionsByWhoFlaggedTheCurrentVersion() {
    String insee = Fixtures.insee();
    String m = fixtures.municipality(insee);
    String g1 = fixtures.group(m, Fixtures.fantoir(insee));
    String g2 = fixtures.group(m, Fixtures.fantoir(insee));
    Http sdis = as("SDIS flags", "sdis", "group_write");
    sdis.post("group/" + g1 + "/versions/1/flag", "{\"status\":true}");
    var r = http.get("group?municipality=" + m + "&flagged_by=sdis");
    assertThat(r.json().getInt("total")).isEqualTo(1);
    assertThat(r.json().getJsonArray("collection").getJsonObject(0).getString("id")).isEqualTo(g1);
    assertThat(http.get("group?municipality=" + m + "&flagged_by=ign").json().getInt("total"))
        .isZero();
    // a new version is not flagged any more
    http.patch("group/" + g1, "{\"version\":2,\"name\":\"Rue renommée\"}");
    assertThat(http.get("group?municipality=" + m + "&flagged_by=sdis").json().getInt("total"))
        .isZero();
    assertThat(g2).isNotEqualTo(g1);
  }

  @Test
  void refusesBadFlagRequestsWith4xxAndChangesNothing() {
    String m = fixtures.municipality();
    var before = Database.snapshot();
    String route = "municipality/" + m + "/versions/1/flag";
    assertThat(http.post(route, "{}").status()).isEqualTo(400);
    assertThat(http.post(route, "{\"status\":\"yes\"}").status()).isEqualTo(400);
    assertThat(http.post(route, "").status()).isEqualTo(400);
    assertThat(http.post(route, "[true]").status()).isEqualTo(400);
    assertThat(http.post("municipality/" + m + "/versions/9/flag", "{\"status\":true}").status())
        .isEqualTo(404);
    assertThat(http.post("municipality/" + m + "/versions/x/flag", "{\"status\":true}").status())
        .isEqualTo(404);
    Http viewer = as("Viewer flags", "viewer", "municipality_write");
    var refused = viewer.post(route, "{\"status\":true}");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(Server.anonymous().post(route, "{\"status\":true}").status()).isEqualTo(401);
    assertThat(
            Database.count(
                "select count(*) from flag f join municipality m on m.pk ="
                    + " f.resource_pk where f.resource = 'municipality' and m.id = '"
                    + m
                    + "'"))
        .isZero();
    assertThat(Database.snapshot()).isEqualTo(before);

    assertThat(http.delete("municipality/" + m).status()).isEqualTo(204);
    assertThat(http.post(route, "{\"status\":true}").status()).isEqualTo(410);
  }
}
