package fr.gouv.ban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decision 1: no input, however malformed, produces a 5xx or changes anything. Each row is sent to
 * the real server; the answer must be the expected 4xx as problem+json, and the database must be
 * exactly as before.
 */
abstract class MalformedInputScenarios extends Scenario {
  private static final String BIG = "x".repeat(1_100_000);

  private String municipality;
  private String housenumber;

  /** One malformed request and its expected status. */
  record Case(String method, String path, String body, Map<String, String> headers, int status) {
    @Override
    public String toString() {
      String b = body == null ? "" : body.length() > 60 ? body.substring(0, 60) + "..." : body;
      return method + " " + path + " " + b + " " + headers + " -> " + status;
    }
  }

  @BeforeEach
  void createTargets() {
    municipality = fixtures.municipality();
    housenumber = fixtures.housenumber(fixtures.group(), "1", null);
  }

  static Stream<Case> cases() {
    List<Case> c = new ArrayList<>();
    String m = "{M}";
    String h = "{H}";
    // bodies that are not the expected JSON object
    for (String body :
        List.of("", "not json", "[1,2]", "\"text\"", "42", "{\"name\":", "{\"a\":1}}")) {
      c.add(
          new Case("POST", "municipality", body, Map.of(), body.equals("{\"a\":1}}") ? 400 : 400));
      c.add(new Case("PATCH", "municipality/" + m, body, Map.of(), 400));
    }
    // wrong types and values
    c.add(
        new Case(
            "POST", "municipality", "{\"name\":{\"x\":1},\"insee\":\"90001\"}", Map.of(), 422));
    c.add(
        new Case(
            "POST", "municipality", "{\"name\":\"A\\u0001B\",\"insee\":\"90001\"}", Map.of(), 422));
    c.add(new Case("POST", "municipality", "{\"name\":\"A\",\"insee\":1e400}", Map.of(), 422));
    c.add(
        new Case(
            "POST",
            "municipality",
            "{\"name\":\"A\",\"insee\":\"90001\",\"siren\":123456789123456789123456789}",
            Map.of(),
            422));
    c.add(
        new Case(
            "POST",
            "municipality",
            "{\"name\":\"A\",\"insee\":\"90001\",\"alias\":{\"a\":1}}",
            Map.of(),
            422));
    c.add(
        new Case(
            "POST",
            "municipality",
            "{\"name\":\"A\",\"insee\":\"90001\",\"attributes\":{\"a\":1}}",
            Map.of(),
            422));
    c.add(
        new Case(
            "POST",
            "municipality",
            "{\"name\":\"A\",\"insee\":\"90001\",\"attributes\":\"{bad\"}",
            Map.of(),
            422));
    c.add(
        new Case(
            "POST",
            "municipality",
            "{\"name\":\"" + "n".repeat(201) + "\",\"insee\":\"90001\"}",
            Map.of(),
            422));
    c.add(new Case("POST", "municipality", "{\"name\":\"" + BIG + "\"}", Map.of(), 413));
    c.add(new Case("POST", "housenumber", "{\"number\":\"1\",\"parent\":123}", Map.of(), 422));
    c.add(
        new Case("POST", "housenumber", "{\"number\":\"1\",\"parent\":{\"id\":5}}", Map.of(), 422));
    c.add(new Case("POST", "housenumber", "{\"number\":\"1\",\"parent\":\"pk:1\"}", Map.of(), 422));
    c.add(
        new Case(
            "POST",
            "position",
            "{\"center\":[1000,1000],\"housenumber\":\""
                + h
                + "\",\"kind\":\"entrance\",\"positioning\":\"gps\"}",
            Map.of(),
            422));
    c.add(
        new Case(
            "POST",
            "position",
            "{\"center\":[1,2,3],\"housenumber\":\""
                + h
                + "\",\"kind\":\"entrance\",\"positioning\":\"gps\"}",
            Map.of(),
            422));
    c.add(
        new Case(
            "POST",
            "position",
            "{\"center\":{\"type\":\"Point\"},\"housenumber\":\""
                + h
                + "\",\"kind\":\"entrance\",\"positioning\":\"gps\"}",
            Map.of(),
            422));
    // versions
    for (String v :
        List.of("\"abc\"", "-1", "1e400", "99999999999999999999", "1.5", "true", "[]")) {
      c.add(
          new Case(
              "PATCH",
              "municipality/" + m,
              "{\"version\":" + v + ",\"name\":\"Z\"}",
              Map.of(),
              422));
    }
    c.add(
        new Case(
            "PATCH", "municipality/" + m, "{\"name\":\"Z\"}", Map.of("If-Match", "garbage"), 400));
    c.add(
        new Case(
            "PATCH", "municipality/" + m, "{\"name\":\"Z\"}", Map.of("If-Match", "\"7\""), 412));
    c.add(new Case("DELETE", "municipality/" + m, null, Map.of("If-Match", "\"7\""), 412));
    // parameters
    for (String q :
        List.of(
            "limit=-1",
            "limit=abc",
            "limit=1e3",
            "offset=x",
            "fields=a..b",
            "fields=nope",
            "searchName=x&searchType=bogus")) {
      c.add(new Case("GET", "municipality?" + q, null, Map.of(), 400));
    }
    c.add(new Case("GET", "housenumber?north=NaN&south=0&east=1&west=0", null, Map.of(), 400));
    c.add(new Case("GET", "municipality/" + m + "?fields=*.*.*.*.*", null, Map.of(), 400));
    // routes and methods
    c.add(new Case("GET", "municipalities/x", null, Map.of(), 404));
    c.add(new Case("PATCH", "municipality", "{}", Map.of(), 405));
    c.add(new Case("DELETE", "municipality", null, Map.of(), 405));
    c.add(new Case("GET", "municipality/bogus:1", null, Map.of(), 404));
    c.add(
        new Case(
            "PATCH",
            "municipality/ban-municipality-00000000000000000000000000000000",
            "{\"version\":2}",
            Map.of(),
            404));
    c.add(new Case("GET", "municipality/" + m + "/versions/abc", null, Map.of(), 404));
    return c.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void refusesWithA4xxProblemAndChangesNothing(Case c) {
    var before = Database.snapshot();
    String path = c.path().replace("{M}", municipality).replace("{H}", housenumber);
    var r = http.send(c.method(), path, c.body(), c.headers());
    assertThat(r.status()).as(r.toString()).isEqualTo(c.status());
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.json().getInt("status")).isEqualTo(c.status());
    assertThat(r.string("code")).isNotBlank();
    assertThat(r.string("error")).isNotBlank();
    assertThat(Database.snapshot()).isEqualTo(before);
  }
}
