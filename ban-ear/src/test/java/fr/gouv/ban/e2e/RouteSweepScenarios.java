package fr.gouv.ban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every route of the OpenAPI document, so that a new route cannot escape the access rules: routes
 * that declare the bearer scheme refuse anonymous callers (401) and, for writes, tokens without the
 * resource's scope (403); the routes that do not are exactly the known public ones.
 */
abstract class RouteSweepScenarios extends Scenario {
  /** Public by design: the token endpoint, the geocoder, the benchmark baseline. */
  private static final Set<String> PUBLIC =
      Set.of(
          "POST /token",
          "GET /search",
          "GET /reverse",
          "POST /search/csv",
          "POST /reverse/csv",
          "POST /search/batch",
          "GET /_bench/constant");

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  @Test
  void everyRouteIsPublicByDesignOrChecksTokenAndScope() {
    Http.Reply doc =
        Server.root().send("GET", "openapi", null, Map.of("Accept", "application/json"));
    assertThat(doc.status()).isEqualTo(200);
    JsonObject paths = doc.json().getJsonObject("paths");
    assertThat(paths.size()).isGreaterThan(20);

    // all scopes but one resource's write scope, and a viewer: the 403 cases
    Cli.Credentials all =
        Cli.createClient(
            "Sweep",
            "--contributor-type",
            "ign,viewer",
            "--scope",
            "municipality_write,postcode_write,group_write,housenumber_write,position_write");
    String viewer = Server.token(all, Map.of("ip", "192.0.2.6", "contributor_type", "viewer"));

    Map<String, String> lackingScope = new java.util.HashMap<>();
    Set<String> publicRoutes = new TreeSet<>();
    int checked = 0;
    for (String path : paths.keySet()) {
      JsonObject item = paths.getJsonObject(path);
      for (String method : item.keySet()) {
        String verb = method.toUpperCase();
        if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(verb)) {
          continue;
        }
        JsonObject op = item.getJsonObject(method);
        String route = verb + " " + path;
        if (!op.containsKey("security") || op.getJsonArray("security").isEmpty()) {
          publicRoutes.add(route);
          continue;
        }
        String concrete =
            path.replace("{ident}", "ban-municipality-00000000000000000000000000000000")
                .replace("{ref}", "1")
                .replace("{redirect}", "insee:12345")
                .replace("{kind}", "ban")
                .replace("{job}", "00000000-0000-0000-0000-000000000000")
                .substring(1);
        String body =
            READS.contains(verb) || verb.equals("DELETE")
                ? null
                : path.equals("/batch")
                    ? "[{\"method\":\"POST\",\"path\":\"/municipality\",\"body\":{\"name\":\"x\"}}]"
                    : "{}";
        Http.Reply anonymous = Server.anonymous().send(verb, concrete, body, Map.of());
        assertThat(anonymous.status()).as(route + " without a token").isEqualTo(401);
        assertThat(anonymous.string("code")).isEqualTo("UNAUTHENTICATED");
        if (!READS.contains(verb)) {
          Http.Reply asViewer = http.as(viewer).send(verb, concrete, body, Map.of());
          assertThat(asViewer.status()).as(route + " as a viewer").isEqualTo(403);
          // a batch needs the scope of each operation's resource: the one above is a municipality
          String resource = path.equals("/batch") ? "municipality" : path.split("/")[1];
          // an import needs import_<kind>; the other writes <resource>_write
          String needed = resource.equals("import") ? "import_ban" : resource + "_write";
          String lacking =
              lackingScope.computeIfAbsent(
                  needed,
                  r ->
                      Server.token(
                          Cli.createClient(
                              "Sweep without " + needed,
                              "--contributor-type",
                              "ign",
                              "--scope",
                              "municipality_write,postcode_write,group_write,housenumber_write,position_write"
                                  .replace(needed, "")
                                  .replaceAll("^,|,$", "")
                                  .replace(",,", ",")),
                          Map.of("ip", "192.0.2.6")));
          Http.Reply withoutScope = http.as(lacking).send(verb, concrete, body, Map.of());
          assertThat(withoutScope.status()).as(route + " without " + needed).isEqualTo(403);
          assertThat(withoutScope.string("detail")).contains(needed);
          Http.Reply admin = http.send(verb, concrete, body, Map.of());
          assertThat(admin.status()).as(route + " with every scope").isNotIn(401, 403);
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(30);
    assertThat(publicRoutes).isSubsetOf(PUBLIC).contains("POST /token", "GET /search");
  }
}
