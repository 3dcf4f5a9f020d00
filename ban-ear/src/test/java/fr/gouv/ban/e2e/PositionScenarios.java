package fr.gouv.ban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cases 27 and 28: position validation and the bounding-box filters. */
abstract class PositionScenarios extends Scenario {

  @Test
  void needsACenterOrANameAndValidatesItsLists() {
    String h = fixtures.housenumber(fixtures.group(), "1", null);
    var none =
        http.post(
            "position",
            "{\"housenumber\":\"" + h + "\",\"kind\":\"entrance\",\"positioning\":\"gps\"}");
    assertThat(none.status()).isEqualTo(422);
    assertThat(none.json().getJsonObject("errors").keySet()).contains("center", "name");
    var named =
        http.post(
            "position",
            "{\"name\":\"Porte A\",\"housenumber\":\""
                + h
                + "\",\"kind\":\"entrance\",\"positioning\":\"gps\"}");
    assertThat(named.status()).isEqualTo(201);
    assertThat(named.string("source_kind")).isEqualTo("admin");
    var upper =
        http.post(
            "position",
            "{\"name\":\"P\",\"housenumber\":\""
                + h
                + "\",\"kind\":\"ENTRANCE\",\"positioning\":\"GPS\"}");
    assertThat(upper.json().getJsonObject("errors").keySet()).contains("kind", "positioning");
    var text =
        http.post(
            "position",
            "{\"center\":\"(3, 4)\",\"housenumber\":\""
                + h
                + "\",\"kind\":\"building\",\"positioning\":\"other\"}");
    assertThat(text.json().getJsonObject("center").getJsonArray("coordinates").toString())
        .isEqualTo("[3.0,4.0]");
    var fake =
        http.post(
            "position",
            "{\"center\":\"fake\",\"housenumber\":\""
                + h
                + "\",\"kind\":\"building\",\"positioning\":\"other\"}");
    assertThat(fake.status()).isEqualTo(422);
    assertThat(fake.json().getJsonObject("errors").containsKey("center")).isTrue();
  }

  @Test
  void filtersHousenumbersAndPositionsByBoundingBox() {
    String g = fixtures.group();
    String inside = fixtures.housenumber(g, "1", null);
    String outside = fixtures.housenumber(g, "2", null);
    // a remote corner of the world so that other scenarios' positions never fall inside
    fixtures.position(inside, -150.5, -60.5);
    fixtures.position(inside, -150.25, -60.25);
    fixtures.position(outside, -151.5, -61.5);
    String box = "north=-60&south=-61&west=-151&east=-150";
    var r = http.get("housenumber?" + box);
    assertThat(r.json().getInt("total")).isEqualTo(1);
    assertThat(r.json().getJsonArray("collection").getJsonObject(0).getString("id"))
        .isEqualTo(inside);
    assertThat(http.get("position?" + box).json().getInt("total")).isEqualTo(2);
    assertThat(
            http.get("housenumber?parent=" + g + "&north=-60&south=-61&west=-151")
                .json()
                .getInt("total"))
        .isEqualTo(2);
    var bad = http.get("housenumber?north=-60&south=-61&west=-151&east=invalid");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.string("error")).contains("east");
  }
}
