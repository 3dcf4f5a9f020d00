package fr.gouv.ban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What every route shares: OpenAPI, health, metrics, CORS, trailing slashes, 404/405. */
abstract class PlatformScenarios extends Scenario {

  @Test
  void describesEveryRouteInOpenApi() {
    var r = Server.root().get("openapi");
    assertThat(r.status()).isEqualTo(200);
    for (String resource :
        new String[] {"municipality", "postcode", "group", "housenumber", "position"}) {
      assertThat(r.text())
          .contains("/" + resource + ":")
          .contains("/" + resource + "/{ident}:")
          .contains("/" + resource + "/{ident}/versions:")
          .contains("/" + resource + "/{ident}/versions/{ref}:")
          .contains("operationId: " + resource + "_patch");
    }
    assertThat(r.text()).contains("BAN server").doesNotContain("{resource");
  }

  @Test
  void servesMetrics() {
    var r = Server.root().get("metrics");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.text()).contains("jvm");
  }

  @Test
  void opensCorsAndAcceptsATrailingSlash() {
    var r = http.get("municipality/");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo("*");
    assertThat(r.json().containsKey("collection")).isTrue();
  }

  @Test
  void answersUnknownPathsAndMethodsInJson() {
    var notFound = http.get("municipalities/x");
    assertThat(notFound.status()).isEqualTo(404);
    assertThat(notFound.string("error")).isEqualTo("Path not found");
    var notAllowed = http.patch("municipality/", "{}");
    assertThat(notAllowed.status()).isEqualTo(405);
    assertThat(notAllowed.string("error")).isEqualTo("Method not allowed");
  }
}
