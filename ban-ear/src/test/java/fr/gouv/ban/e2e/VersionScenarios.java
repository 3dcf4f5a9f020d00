package fr.gouv.ban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cases 11, 14, 17-19 and 35, plus ETag/If-Match (decision 2). */
abstract class VersionScenarios extends Scenario {

  @Test
  void enforcesTheVersionRule() {
    String m = fixtures.municipality();
    for (String missing :
        new String[] {"{}", "{\"version\":null}", "{\"version\":\"\"}", "{\"version\":0}"}) {
      var r = http.patch("municipality/" + m, missing);
      assertThat(r.status()).as(missing).isEqualTo(422);
      assertThat(r.json().getJsonObject("errors").getString("version"))
          .isEqualTo("Value should not be null");
    }
    var same = http.patch("municipality/" + m, "{\"version\":1,\"name\":\"A\"}");
    assertThat(same.status()).isEqualTo(409);
    assertThat(same.string("error")).isEqualTo("wrong version number: 1");
    assertThat(same.json().getJsonObject("current").getInt("version")).isEqualTo(1);
    assertThat(http.patch("municipality/" + m, "{\"version\":3,\"name\":\"A\"}").status())
        .isEqualTo(409);
    assertThat(http.patch("municipality/" + m, "{\"version\":2,\"name\":\"A\"}").status())
        .isEqualTo(200);
  }

  /** §2.1 rule 1: a stale version whose changes are disjoint from the newer ones merges (200). */
  @Test
  void mergesAStaleVersionWhoseChangesAreDisjoint() {
    String g = fixtures.group();
    String h = fixtures.housenumber(g, "18", null);
    assertThat(http.patch("housenumber/" + h, "{\"version\":2,\"number\":\"19\"}").status())
        .isEqualTo(200);
    var merged = http.patch("housenumber/" + h, "{\"version\":2,\"ordinal\":\"bis\"}");
    assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
    assertThat(merged.json().getInt("version")).isEqualTo(3);
    assertThat(merged.string("number")).isEqualTo("19");
    assertThat(merged.string("ordinal")).isEqualTo("bis");
  }

  /**
   * §2.1 rule 2: overlapping changes are a 409 carrying the current resource, and change nothing.
   */
  @Test
  void refusesAStaleVersionWhoseChangesOverlap() {
    String g = fixtures.group();
    String h = fixtures.housenumber(g, "18", null);
    http.patch("housenumber/" + h, "{\"version\":2,\"number\":\"19\"}");
    var before = Database.snapshot();
    var overlap = http.patch("housenumber/" + h, "{\"version\":2,\"number\":\"20\"}");
    assertThat(overlap.status()).isEqualTo(409);
    assertThat(overlap.string("code")).isEqualTo("VERSION_CONFLICT");
    assertThat(overlap.json().getJsonObject("current").getString("number")).isEqualTo("19");
    assertThat(Database.snapshot()).isEqualTo(before);
  }

  /** Decision 2: version 1 against a resource at version 2 or more is a 409, never a 500. */
  @Test
  void refusesVersionOneAgainstALaterResource() {
    String g = fixtures.group();
    String h = fixtures.housenumber(g, "18", null);
    http.patch("housenumber/" + h, "{\"version\":2,\"number\":\"19\"}");
    http.patch("housenumber/" + h, "{\"version\":3,\"ordinal\":\"ter\"}");
    var oneAgainstThree = http.patch("housenumber/" + h, "{\"version\":1,\"number\":\"21\"}");
    assertThat(oneAgainstThree.status()).isEqualTo(409);
    assertThat(oneAgainstThree.json().getJsonObject("current").getInt("version")).isEqualTo(3);
  }

  /**
   * The merge compares canonical JSON values: a stale change to a field whose newer value is the
   * same written differently (a plain string alias against the list it becomes) is no overlap.
   */
  @Test
  void comparesCanonicalValuesWhenMerging() {
    String m = fixtures.municipality();
    assertThat(http.patch("municipality/" + m, "{\"version\":2,\"alias\":[\"Moret\"]}").status())
        .isEqualTo(200);
    assertThat(http.patch("municipality/" + m, "{\"version\":3,\"name\":\"Renommée\"}").status())
        .isEqualTo(200);
    // stale (based on version 2), changes alias to what it already is, written as a string
    var same = http.patch("municipality/" + m, "{\"version\":3,\"alias\":\"Moret\"}");
    assertThat(same.status()).as(same.toString()).isEqualTo(200);
    assertThat(same.string("name")).isEqualTo("Renommée");
    assertThat(same.json().getJsonArray("alias").getString(0)).isEqualTo("Moret");
  }

  @Test
  void answersEtagsAndHonoursIfMatch() {
    String m = fixtures.municipality();
    assertThat(http.get("municipality/" + m).header("ETag")).isEqualTo("\"1\"");
    var ok =
        http.send("PATCH", "municipality/" + m, "{\"name\":\"B\"}", Map.of("If-Match", "\"1\""));
    assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
    assertThat(ok.header("ETag")).isEqualTo("\"2\"");
    var stale =
        http.send("PATCH", "municipality/" + m, "{\"name\":\"C\"}", Map.of("If-Match", "\"1\""));
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.string("code")).isEqualTo("PRECONDITION_FAILED");
  }

  @Test
  void softDeletesAndRestoresByPut() {
    String m = fixtures.municipality();
    long before = get("municipality?limit=1").getInt("total");
    assertThat(http.delete("municipality/" + m).status()).isEqualTo(204);
    var gone = http.get("municipality/" + m);
    assertThat(gone.status()).isEqualTo(410);
    assertThat(gone.string("status")).isEqualTo("deleted");
    assertThat(gone.json().getInt("version")).isEqualTo(2);
    assertThat(get("municipality?limit=1").getInt("total")).isEqualTo(before - 1);
    assertThat(get("municipality/" + m + "/versions").getInt("total")).isEqualTo(2);
    assertThat(
            Database.count(
                "select count(*) from diff where resource_id = '"
                    + m
                    + "' and diff -> 'status' ->> 'old' = 'active'"
                    + " and diff -> 'status' ->> 'new' = 'deleted'"))
        .isEqualTo(1);
    for (var r :
        new Http.Reply[] {
          http.patch("municipality/" + m, "{\"version\":3}"),
          http.post("municipality/" + m, "{\"version\":3}"),
          http.delete("municipality/" + m)
        }) {
      assertThat(r.status()).isEqualTo(410);
    }
    String insee = gone.string("insee");
    assertThat(
            http.put(
                    "municipality/" + m,
                    "{\"version\":2,\"name\":\"R\",\"insee\":\"" + insee + "\"}")
                .status())
        .isEqualTo(409);
    assertThat(
            http.put(
                    "municipality/" + m,
                    "{\"version\":3,\"name\":\"\",\"insee\":\"" + insee + "\"}")
                .status())
        .isEqualTo(422);
    assertThat(http.get("municipality/" + m).status()).isEqualTo(410);
    var restored =
        http.put("municipality/" + m, "{\"version\":3,\"name\":\"R\",\"insee\":\"" + insee + "\"}");
    assertThat(restored.status()).isEqualTo(200);
    assertThat(restored.string("status")).isEqualTo("active");
    assertThat(get("municipality/" + m + "/versions").getInt("total")).isEqualTo(3);
  }

  @Test
  void listsVersionsAndFindsThemByNumberAndDate() throws InterruptedException {
    String m = fixtures.municipality();
    Thread.sleep(20);
    http.patch("municipality/" + m, "{\"version\":2,\"name\":\"Renamed\"}");
    var versions = get("municipality/" + m + "/versions").getJsonArray("collection");
    assertThat(versions).hasSize(2);
    JsonObject first = versions.getJsonObject(0);
    JsonObject second = versions.getJsonObject(1);
    assertThat(second.getJsonObject("data").getString("name")).isEqualTo("Renamed");
    assertThat(first.getJsonObject("period").getString("to"))
        .isEqualTo(second.getJsonObject("period").getString("from"));
    assertThat(get("municipality/" + m + "/versions/1").getJsonObject("data"))
        .isEqualTo(first.getJsonObject("data"));
    assertThat(get("municipality/" + m + "/versions/2").getJsonObject("data").getString("name"))
        .isEqualTo("Renamed");
    assertThat(http.get("municipality/" + m + "/versions/9").status()).isEqualTo(404);
    String boundary = second.getJsonObject("period").getString("from");
    assertThat(
            get("municipality/" + m + "/versions/" + boundary)
                .getJsonObject("data")
                .getInt("version"))
        .as("on a boundary the newer version wins")
        .isEqualTo(2);
    assertThat(http.get("municipality/" + m + "/versions/2015-06-01").status()).isEqualTo(404);
    assertThat(http.get("municipality/" + m + "/versions/not-a-date").status()).isEqualTo(404);
  }

  @Test
  void writesOneDiffPerVersion() {
    String m = fixtures.municipality();
    http.patch("municipality/" + m, "{\"version\":2,\"name\":\"Diffed\"}");
    assertThat(Database.count("select count(*) from diff where resource_id = '" + m + "'"))
        .isEqualTo(2);
    assertThat(
            Database.count(
                "select count(*) from diff where resource_id = '"
                    + m
                    + "' and diff -> 'name' ->> 'new' = 'Diffed' and old is not null"))
        .isEqualTo(1);
  }
}
