package fr.gouv.ban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Commune merges (§2.5 case 3): bin/ban municipality merge and the admin route. */
abstract class MergeScenarios extends Scenario {

  private String postcode(String municipality, String code) {
    var r =
        http.post(
            "postcode",
            "{\"code\":\"" + code + "\",\"name\":\"P\",\"municipality\":\"" + municipality + "\"}");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.string("id");
  }

  @Test
  void absorbsACommuneWithItsStreetsPostcodesAndAddresses() {
    String survivorInsee = Fixtures.insee();
    String absorbedInsee = Fixtures.insee();
    String survivor = fixtures.municipality(survivorInsee);
    String absorbed = fixtures.municipality(absorbedInsee);
    String shared = "9" + absorbedInsee.substring(1, 4) + "0";
    String survivorsPostcode = postcode(survivor, shared);
    String sharedPostcode = postcode(absorbed, shared);
    String ownPostcode = postcode(absorbed, "9" + absorbedInsee.substring(1, 4) + "9");
    String street = fixtures.group(absorbed, Fixtures.fantoir(absorbedInsee));
    String h1 = fixtures.housenumber(street, "1", null);
    String h2 = fixtures.housenumber(street, "2", null);
    http.patch("housenumber/" + h1, "{\"version\":2,\"postcode\":\"" + sharedPostcode + "\"}");
    http.patch("housenumber/" + h2, "{\"version\":2,\"postcode\":\"" + ownPostcode + "\"}");
    long before = Database.count("select coalesce(max(increment), 0) from diff");

    String out =
        Cli.ok(
            "municipality",
            "merge",
            "--into",
            survivorInsee,
            "--absorb",
            absorbedInsee,
            "--server",
            http.base().toString());
    assertThat(out).contains(survivor).contains(absorbed);

    var byInsee = http.get("municipality/insee:" + absorbedInsee);
    assertThat(byInsee.status()).isEqualTo(302);
    assertThat(byInsee.header("Location")).endsWith("/municipality/" + survivor);
    assertThat(http.get("municipality/" + absorbed).header("Location"))
        .endsWith("/municipality/" + survivor);
    assertThat(http.get("group/" + street).string("municipality")).isEqualTo(survivor);
    assertThat(http.get("postcode/" + ownPostcode).string("municipality")).isEqualTo(survivor);
    // the absorbed commune's copy of a postcode the survivor has is replaced by the survivor's
    assertThat(http.get("postcode/" + sharedPostcode).header("Location"))
        .endsWith("/postcode/" + survivorsPostcode);
    var first = http.get("housenumber/" + h1).json();
    assertThat(first.getString("postcode")).isEqualTo(survivorsPostcode);
    String area = first.getJsonArray("ancestors").getString(0);
    var areaGroup = http.get("group/" + area).json();
    assertThat(areaGroup.getString("kind")).isEqualTo("area");
    assertThat(areaGroup.getString("name")).isEqualTo("Commune " + absorbedInsee);
    assertThat(areaGroup.getString("municipality")).isEqualTo(survivor);
    assertThat(http.get("housenumber/" + h2).json().getJsonArray("ancestors").getString(0))
        .isEqualTo(area);

    var diffs = http.get("diff?limit=1000&increment=" + before).json().getJsonArray("collection");
    var removal = diffs.getJsonObject(diffs.size() - 1);
    assertThat(removal.getString("resource_id")).isEqualTo(absorbed);
    assertThat(removal.isNull("new")).isTrue();
    // area + 2 postcode changes + 1 delete + group + 2 housenumber ancestors + removal, at least
    assertThat(diffs.size()).isGreaterThanOrEqualTo(8);
  }

  @Test
  void isAllOrNothingAndForAdministratorsOnly() {
    String survivorInsee = Fixtures.insee();
    String absorbedInsee = Fixtures.insee();
    fixtures.municipality(survivorInsee);
    String absorbed = fixtures.municipality(absorbedInsee);
    fixtures.group(absorbed, Fixtures.fantoir(absorbedInsee));
    var before = Database.snapshot();
    var r =
        http.post(
            "municipality/insee:" + survivorInsee + "/merge",
            "{\"absorb\":[\"insee:" + absorbedInsee + "\",\"insee:" + Fixtures.insee() + "\"]}");
    assertThat(r.status()).isEqualTo(404);
    assertThat(Database.snapshot()).isEqualTo(before);
    assertThat(http.post("municipality/insee:" + survivorInsee + "/merge", "{}").status())
        .isEqualTo(400);

    Cli.Credentials mayor =
        Cli.createClient(
            "Mairie merge", "--contributor-type", "municipal_administration", "--all-write-scopes");
    var refused =
        http.as(Server.token(mayor, Map.of("ip", "192.0.2.12")))
            .post(
                "municipality/insee:" + survivorInsee + "/merge",
                "{\"absorb\":[\"insee:" + absorbedInsee + "\"]}");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.string("detail")).contains("admin");
    assertThat(Database.snapshot()).isEqualTo(before);

    var cli =
        Cli.run(
            "municipality",
            "merge",
            "--into",
            survivorInsee,
            "--absorb",
            survivorInsee,
            "--server",
            http.base().toString());
    assertThat(cli.exitCode()).isNotZero();
    assertThat(cli.err()).contains("422");
  }
}
