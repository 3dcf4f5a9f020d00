package fr.gouv.ban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Cases 29-32 and 34: pagination, shapes, field masks, filters, batched relations. */
abstract class CollectionScenarios extends Scenario {

  @Test
  void paginatesWithNextAndPreviousLinks() {
    String m = fixtures.municipality();
    for (int i = 0; i < 6; i++) {
      fixtures.group(m, null);
    }
    var first = http.get("group?municipality=" + m + "&limit=4");
    assertThat(first.json().getJsonArray("collection")).hasSize(4);
    assertThat(first.json().getInt("total")).isEqualTo(6);
    assertThat(first.json().containsKey("previous")).isFalse();
    String next = first.string("next");
    assertThat(first.header("Link")).contains("<" + next + ">; rel=next");
    var second = http.get(next.substring(next.indexOf("/group")));
    assertThat(second.json().getJsonArray("collection")).hasSize(2);
    String previous = second.string("previous");
    var again = http.get(previous.substring(previous.indexOf("/group")));
    assertThat(again.json().getJsonArray("collection"))
        .isEqualTo(first.json().getJsonArray("collection"));
  }

  @Test
  void ordersMunicipalitiesByInseeAndPostcodesByCodeThenMunicipality() {
    String high = Fixtures.insee();
    String low = Fixtures.insee();
    String a = fixtures.municipality(low.compareTo(high) < 0 ? high : low);
    String b = fixtures.municipality(low.compareTo(high) < 0 ? low : high);
    var items = get("municipality?insee=" + high + "&insee=" + low).getJsonArray("collection");
    assertThat(items.getJsonObject(0).getString("id")).isEqualTo(b);
    assertThat(items.getJsonObject(1).getString("id")).isEqualTo(a);
    http.post("postcode", "{\"code\":\"97002\",\"name\":\"X\",\"municipality\":\"" + a + "\"}");
    http.post("postcode", "{\"code\":\"97001\",\"name\":\"X\",\"municipality\":\"" + a + "\"}");
    http.post("postcode", "{\"code\":\"97001\",\"name\":\"X\",\"municipality\":\"" + b + "\"}");
    var codes = get("postcode?municipality=" + a + "&municipality=" + b).getJsonArray("collection");
    assertThat(codes.getJsonObject(0).getString("code")).isEqualTo("97001");
    assertThat(codes.getJsonObject(0).getString("municipality")).isEqualTo(b);
    assertThat(codes.getJsonObject(1).getString("municipality")).isEqualTo(a);
    assertThat(codes.getJsonObject(2).getString("code")).isEqualTo("97002");
  }

  @Test
  void capsTheLimitAndRefusesNonIntegers() {
    assertThat(http.get("municipality?limit=5000").status()).isEqualTo(200);
    var bad = http.get("municipality?limit=abc");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.string("error")).contains("limit");
  }

  @Test
  void showsShortItemsInCollectionsAndEverythingInSingleViews() {
    String g = fixtures.group();
    String h = fixtures.housenumber(g, "1", null);
    JsonObject item = get("housenumber?parent=" + g).getJsonArray("collection").getJsonObject(0);
    assertThat(item.getString("resource")).isEqualTo("housenumber");
    assertThat(item.keySet())
        .doesNotContain("created_at", "modified_at", "status", "ancestors", "positions");
    JsonObject single = get("housenumber/" + h);
    assertThat(single.keySet())
        .contains("created_at", "modified_by", "status", "ancestors", "positions");
    assertThat(single.keySet()).doesNotContain("resource");
  }

  @Test
  void appliesFieldMasksWithDottedPathsAndStars() {
    String m = fixtures.municipality();
    String g = fixtures.group(m, null);
    String h = fixtures.housenumber(g, "12", null);
    assertThat(get("housenumber/" + h + "?fields=number,id").keySet())
        .containsExactlyInAnyOrder("number", "id");
    JsonObject nested = get("housenumber/" + h + "?fields=id,parent.name,parent.municipality.name");
    assertThat(nested.getJsonObject("parent").getJsonObject("municipality").getString("name"))
        .startsWith("Commune");
    assertThat(nested.getJsonObject("parent").keySet())
        .containsExactlyInAnyOrder("name", "municipality");
    JsonObject starred = get("housenumber/" + h + "?fields=*.*");
    assertThat(starred.getJsonObject("parent").getString("municipality")).isEqualTo(m);
    var bad = http.get("housenumber/" + h + "?fields=nope");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.string("error")).isEqualTo("Unknown field nope");
  }

  @Test
  void filtersReturnNothingForUnknownReferencesAndOrForRepeats() {
    assertThat(get("housenumber?group=6666").getInt("total")).isZero();
    String h = fixtures.housenumber(fixtures.group(), "1", null);
    String p1 = fixtures.position(h, 1, 1);
    http.post(
        "position",
        "{\"center\":[1,1],\"housenumber\":\""
            + h
            + "\",\"kind\":\"building\",\"positioning\":\"gps\"}");
    assertThat(get("position?housenumber=" + h + "&kind=entrance&kind=building").getInt("total"))
        .isEqualTo(2);
    assertThat(
            get("position?housenumber=" + h + "&kind=entrance")
                .getJsonArray("collection")
                .getJsonObject(0)
                .getString("id"))
        .isEqualTo(p1);
  }

  @Test
  void expandsAPageOfOneHundredWithABoundedNumberOfQueries() {
    String insee = Fixtures.insee();
    String m = fixtures.municipality(insee);
    String g = fixtures.group(m, null);
    String pc =
        http.post(
                "postcode",
                "{\"code\":\"" + insee + "\",\"name\":\"P\",\"municipality\":\"" + m + "\"}")
            .string("id");
    for (int i = 1; i <= 100; i++) {
      var r =
          http.post(
              "housenumber",
              "{\"number\":\"" + i + "\",\"parent\":\"" + g + "\",\"postcode\":\"" + pc + "\"}");
      assertThat(r.status()).isEqualTo(201);
    }
    http.get("housenumber?parent=" + g + "&limit=100&fields=*.*");
    Database.resetStatementCount();
    var page = http.get("housenumber?parent=" + g + "&limit=100&fields=*.*");
    long statements = Database.statementCount();
    assertThat(page.json().getJsonArray("collection")).hasSize(100);
    JsonObject first = page.json().getJsonArray("collection").getJsonObject(0);
    assertThat(first.getJsonObject("parent").getString("municipality")).isEqualTo(m);
    assertThat(first.getJsonObject("postcode").getString("code")).isEqualTo(insee);
    assertThat(statements)
        .as("SQL statements for one page of 100 with fields=*.*")
        .isLessThanOrEqualTo(12);
  }
}
