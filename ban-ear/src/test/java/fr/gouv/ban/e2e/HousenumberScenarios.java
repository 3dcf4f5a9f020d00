package fr.gouv.ban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cases 12, 13, 15, 16, 20-25 and 33 on groups and housenumbers. */
abstract class HousenumberScenarios extends Scenario {

  @Test
  void ignoresTheVersionOfACreate() {
    String g = fixtures.group();
    var r = http.post("housenumber", "{\"number\":\"1\",\"parent\":\"" + g + "\",\"version\":3}");
    assertThat(r.json().getInt("version")).isEqualTo(1);
  }

  @Test
  void refusesAPutWithoutParentAndChangesNothing() {
    String g = fixtures.group();
    String h = fixtures.housenumber(g, "3", null);
    var before = Database.snapshot();
    var r = http.put("housenumber/" + h, "{\"number\":\"3\",\"version\":2}");
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.string("error")).isEqualTo("Invalid data");
    assertThat(r.json().getJsonObject("errors").containsKey("parent")).isTrue();
    assertThat(Database.snapshot()).isEqualTo(before);
  }

  @Test
  void computesTheCiaFromTheParentsFantoirAndLooksItUp() {
    String insee = Fixtures.insee();
    String m = fixtures.municipality(insee);
    String g = fixtures.group(m, insee + "1491");
    var r =
        http.post(
            "housenumber",
            "{\"number\":\"84\",\"ordinal\":\"bis\",\"parent\":\"fantoir:" + insee + "1491\"}");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(r.string("cia")).isEqualTo(insee + "_1491_84_BIS");
    assertThat(http.get("housenumber/cia:" + insee + "_1491_84_BIS").string("id"))
        .isEqualTo(r.string("id"));
    var noFantoir =
        http.post("housenumber", "{\"number\":\"84\",\"parent\":\"" + fixtures.group() + "\"}");
    assertThat(noFantoir.json().isNull("cia")).isTrue();
    assertThat(g).isNotNull();
  }

  @Test
  void cutsATenCharacterFantoirAndRefusesOtherLengths() {
    String insee = Fixtures.insee();
    String m = fixtures.municipality(insee);
    var r =
        http.post(
            "group",
            "{\"name\":\"R\",\"kind\":\"way\",\"municipality\":\""
                + m
                + "\",\"fantoir\":\""
                + insee
                + "01234\"}");
    assertThat(r.string("fantoir")).isEqualTo(insee + "0123");
    for (String bad : List.of("1234", "123456789012")) {
      var b =
          http.post(
              "group",
              "{\"name\":\"R\",\"kind\":\"way\",\"municipality\":\""
                  + m
                  + "\",\"fantoir\":\""
                  + bad
                  + "\"}");
      assertThat(b.status()).isEqualTo(422);
      assertThat(b.json().getJsonObject("errors").getString("fantoir"))
          .startsWith("FANTOIR must be");
    }
  }

  @Test
  void resolvesReferencesByNaturalKeyAndRefusesUnknownOnes() {
    String insee = Fixtures.insee();
    fixtures.municipality(insee);
    var byInsee =
        http.post(
            "group", "{\"name\":\"R\",\"kind\":\"way\",\"municipality\":\"insee:" + insee + "\"}");
    assertThat(byInsee.status()).isEqualTo(201);
    for (String ref :
        List.of("siren:bad", "invalid:1", "ban-municipality-00000000000000000000000000000000")) {
      var r =
          http.post("group", "{\"name\":\"R\",\"kind\":\"way\",\"municipality\":\"" + ref + "\"}");
      assertThat(r.status()).as(ref).isEqualTo(422);
      assertThat(r.json().getJsonObject("errors").containsKey("municipality")).isTrue();
    }
  }

  @Test
  void treatsOrdinalsCaseInsensitivelyAndNullAsAValue() {
    String g = fixtures.group();
    fixtures.housenumber(g, "4", "bis");
    assertThat(http.post("housenumber", "{\"number\":\"4\",\"parent\":\"" + g + "\"}").status())
        .isEqualTo(201);
    var dup =
        http.post("housenumber", "{\"number\":\"4\",\"ordinal\":\"BIS\",\"parent\":\"" + g + "\"}");
    assertThat(dup.status()).isEqualTo(422);
    assertThat(dup.json().getJsonObject("errors").keySet()).contains("number", "ordinal", "parent");
  }

  @Test
  void revivesADeletedHousenumberOnACollidingCreate() {
    String g = fixtures.group();
    String h = fixtures.housenumber(g, "7", "ter");
    assertThat(http.delete("housenumber/" + h).status()).isEqualTo(204);
    var r =
        http.post("housenumber", "{\"number\":\"7\",\"ordinal\":\"ter\",\"parent\":\"" + g + "\"}");
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.string("id")).isEqualTo(h);
    assertThat(r.string("status")).isEqualTo("active");
    assertThat(r.json().getInt("version")).isEqualTo(3);
  }

  @Test
  void refusesReferencesToDeletedResources() {
    String g = fixtures.group();
    assertThat(http.delete("group/" + g).status()).isEqualTo(204);
    var r = http.post("housenumber", "{\"number\":\"1\",\"parent\":\"" + g + "\"}");
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().getJsonObject("errors").getString("parent"))
        .isEqualTo("Resource `group` with id `" + g + "` is deleted");
    String live = fixtures.group();
    var viaAncestor =
        http.post(
            "housenumber",
            "{\"number\":\"1\",\"parent\":\"" + live + "\",\"ancestors\":[\"" + g + "\"]}");
    assertThat(viaAncestor.status()).isEqualTo(422);
    assertThat(viaAncestor.json().getJsonObject("errors").getString("ancestors"))
        .contains("is deleted");
  }

  @Test
  void refusesToDeleteWhatIsStillLinked() {
    String g = fixtures.group();
    String h = fixtures.housenumber(g, "5", null);
    var linked = http.delete("group/" + g);
    assertThat(linked.status()).isEqualTo(409);
    assertThat(linked.string("error")).contains("still linked");
    String p = fixtures.position(h, 2.35, 48.85);
    assertThat(http.delete("housenumber/" + h).status()).isEqualTo(409);
    assertThat(http.delete("position/" + p).status()).isEqualTo(204);
    assertThat(http.delete("housenumber/" + h).status()).isEqualTo(204);
    assertThat(http.delete("group/" + g).status()).isEqualTo(204);
  }

  @Test
  void sortsHousenumbersNumericallyThenByOrdinal() {
    String g = fixtures.group();
    for (String[] n :
        new String[][] {
          {"10", null}, {"2", "ter"}, {"1", "a"}, {"1", null}, {"2", null}, {"2", "bis"}
        }) {
      fixtures.housenumber(g, n[0], n[1]);
    }
    var items = http.get("housenumber?parent=" + g).json().getJsonArray("collection");
    List<String> labels =
        items.getValuesAs(JsonObject.class).stream()
            .map(o -> o.getString("number") + (o.isNull("ordinal") ? "" : o.getString("ordinal")))
            .toList();
    assertThat(labels).containsExactly("1", "1a", "2", "2bis", "2ter", "10");
  }
}
