package fr.gouv.ban.e2e;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;

/** Base of the end-to-end scenarios: an HTTP client on the shared deployment and fixtures. */
abstract class Scenario {
  Http http;
  Fixtures fixtures;

  @BeforeEach
  void connect() {
    http = Server.http();
    fixtures = new Fixtures(http);
  }

  JsonObject get(String path) {
    return http.get(path).json();
  }
}
