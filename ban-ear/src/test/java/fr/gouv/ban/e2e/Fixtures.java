package fr.gouv.ban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Creates test resources through the API. Every call yields fresh natural keys, so scenarios never
 * collide with each other on the shared database (re-created by each make test).
 */
final class Fixtures {
  private static final AtomicInteger NEXT = new AtomicInteger(100);

  private final Http http;

  Fixtures(Http http) {
    this.http = http;
  }

  /** A fresh valid INSEE code, 90100..99999. */
  static String insee() {
    return String.valueOf(90000 + NEXT.incrementAndGet());
  }

  /** A fresh RIVOLI-style suffix making a FANTOIR with {@code insee}. */
  static String fantoir(String insee) {
    return insee + String.format("%04d", NEXT.incrementAndGet() % 10000);
  }

  String municipality(String insee) {
    return created(
        http.post(
            "municipality", "{\"name\":\"Commune " + insee + "\",\"insee\":\"" + insee + "\"}"));
  }

  String municipality() {
    return municipality(insee());
  }

  String group(String municipalityId, String fantoir) {
    String f = fantoir == null ? "null" : "\"" + fantoir + "\"";
    return created(
        http.post(
            "group",
            "{\"name\":\"Rue des Tests\",\"kind\":\"way\",\"municipality\":\""
                + municipalityId
                + "\",\"fantoir\":"
                + f
                + "}"));
  }

  String group() {
    return group(municipality(), null);
  }

  String housenumber(String groupId, String number, String ordinal) {
    String o = ordinal == null ? "null" : "\"" + ordinal + "\"";
    return created(
        http.post(
            "housenumber",
            "{\"number\":\""
                + number
                + "\",\"ordinal\":"
                + o
                + ",\"parent\":\""
                + groupId
                + "\"}"));
  }

  String position(String housenumberId, double lon, double lat) {
    return created(
        http.post(
            "position",
            "{\"center\":["
                + lon
                + ","
                + lat
                + "],\"housenumber\":\""
                + housenumberId
                + "\",\"kind\":\"entrance\",\"positioning\":\"gps\"}"));
  }

  private static String created(Http.Reply r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.string("id");
  }
}
