package fr.gouv.ban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Behaviour cases 2, 4-8 of the management API contract on municipalities. */
abstract class MunicipalityScenarios {
  private Http http;

  @BeforeEach
  void connect() {
    http = Server.http();
  }

  @Test
  void createsAMunicipalityWithVersionOneAndALocation() {
    var r =
        http.post(
            "municipality", "{\"name\":\"Fornex\",\"insee\":\"01001\",\"siren\":\"123456789\"}");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    String id = r.string("id");
    assertThat(id).matches("^ban-municipality-[0-9a-f]{32}$");
    assertThat(r.header("Location")).endsWith("/municipality/" + id);
    assertThat(r.json().getInt("version")).isEqualTo(1);
    assertThat(r.string("status")).isEqualTo("active");
  }
}
