package fr.gouv.ban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.ban.domain.auth.RandomTokens;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Clients, tokens, 401/403 and who wrote what (spec §1.5, §3 cases 1, 3, 39; decisions 8, 11-13).
 */
abstract class SecurityScenarios extends Scenario {

  private static Map<String, String> tokenRequest(Cli.Credentials c, String... more) {
    Map<String, String> m = new HashMap<>();
    m.put("grant_type", "client_credentials");
    m.put("client_id", c.clientId());
    m.put("client_secret", c.secret());
    for (int i = 0; i < more.length; i += 2) {
      m.put(more[i], more[i + 1]);
    }
    return m;
  }

  private Http.Reply token(Cli.Credentials c, String... more) {
    return Server.anonymous().form("token", tokenRequest(c, more));
  }

  /** Polls until {@code reply} has {@code status}: token checks are cached for one second. */
  private static Http.Reply within3s(int status, Supplier<Http.Reply> reply)
      throws InterruptedException {
    Http.Reply r = reply.get();
    for (int i = 0; i < 30 && r.status() != status; i++) {
      Thread.sleep(100);
      r = reply.get();
    }
    return r;
  }

  @Test
  void issuesATokenWithOnlyTheFiveMembersFromAFormOrJsonOrBasic() {
    Cli.Credentials c =
        Cli.createClient("IGN test", "--contributor-type", "ign", "--scope", "housenumber_write");
    Http.Reply form = token(c, "ip", "192.0.2.1");
    assertThat(form.status()).as(form.toString()).isEqualTo(200);
    assertThat(form.json().keySet())
        .containsExactlyInAnyOrder(
            "access_token", "token_type", "expires_in", "scope", "contributor_type");
    assertThat(form.string("token_type")).isEqualTo("Bearer");
    assertThat(form.json().getInt("expires_in")).isEqualTo(3600);
    assertThat(form.string("scope")).isEqualTo("housenumber_write");
    assertThat(form.string("contributor_type")).isEqualTo("ign");
    assertThat(form.string("access_token")).hasSizeGreaterThanOrEqualTo(43);
    assertThat(form.header("Cache-Control")).isEqualTo("no-store");

    Http.Reply json =
        Server.anonymous()
            .post(
                "token",
                "{\"grant_type\":\"client_credentials\",\"client_id\":\""
                    + c.clientId()
                    + "\",\"client_secret\":\""
                    + c.secret()
                    + "\",\"email\":\"ign@example.org\"}");
    assertThat(json.status()).as(json.toString()).isEqualTo(200);
    assertThat(json.string("access_token")).isNotEqualTo(form.string("access_token"));

    String basic =
        java.util.Base64.getEncoder().encodeToString((c.clientId() + ":" + c.secret()).getBytes());
    Http.Reply viaBasic =
        Server.anonymous()
            .send(
                "POST",
                "token",
                "grant_type=client_credentials&ip=192.0.2.1",
                Map.of(
                    "Content-Type",
                    "application/x-www-form-urlencoded",
                    "Authorization",
                    "Basic " + basic));
    assertThat(viaBasic.status()).as(viaBasic.toString()).isEqualTo(200);
  }

  @Test
  void refusesBadTokenRequestsWithOAuthErrors() {
    Cli.Credentials c = Cli.createClient("La Poste test", "--contributor-type", "laposte");
    Http.Reply noUser = token(c);
    assertThat(noUser.status()).isEqualTo(400);
    assertThat(noUser.string("error")).isEqualTo("invalid_request");
    assertThat(noUser.string("code")).isEqualTo("INVALID_TOKEN_REQUEST");
    assertThat(noUser.string("detail")).contains("email").contains("ip");

    Http.Reply grant =
        Server.anonymous().form("token", Map.of("grant_type", "password", "client_id", "x"));
    assertThat(grant.status()).isEqualTo(400);
    assertThat(grant.string("error")).isEqualTo("unsupported_grant_type");

    Cli.Credentials unknown = new Cli.Credentials(java.util.UUID.randomUUID().toString(), "x");
    Cli.Credentials notUuid = new Cli.Credentials("not-a-uuid", c.secret());
    Cli.Credentials wrongSecret = new Cli.Credentials(c.clientId(), c.secret() + "x");
    for (Cli.Credentials bad : new Cli.Credentials[] {unknown, notUuid, wrongSecret}) {
      Http.Reply r = token(bad, "ip", "192.0.2.1");
      assertThat(r.status()).as(bad.toString()).isEqualTo(401);
      assertThat(r.string("error")).isEqualTo("invalid_client");
      assertThat(r.string("code")).isEqualTo("INVALID_CLIENT");
      assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    }
    Http.Reply notJson = Server.anonymous().post("token", "{oops");
    assertThat(notJson.status()).isEqualTo(400);
  }

  @Test
  void choosesTheContributorTypeAndGivesViewersNoScope() {
    Cli.Credentials c =
        Cli.createClient(
            "Mairie multi",
            "--contributor-type",
            "municipal_administration,viewer",
            "--scope",
            "housenumber_write");
    Http.Reply none = token(c, "ip", "192.0.2.1");
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.string("detail"))
        .contains("municipal_administration, viewer")
        .contains("contributor_type");
    Http.Reply outside = token(c, "ip", "192.0.2.1", "contributor_type", "ign");
    assertThat(outside.status()).isEqualTo(400);
    assertThat(outside.string("error")).isEqualTo("invalid_request");

    Http.Reply viewer = token(c, "ip", "192.0.2.1", "contributor_type", "viewer");
    assertThat(viewer.status()).isEqualTo(200);
    assertThat(viewer.string("scope")).isEmpty();
    assertThat(viewer.string("contributor_type")).isEqualTo("viewer");
    Http asViewer = http.as(viewer.string("access_token"));
    assertThat(asViewer.get("municipality").status()).isEqualTo(200);
    var before = Database.snapshot();
    Http.Reply write =
        asViewer.post("municipality", "{\"name\":\"Vue\",\"insee\":\"" + Fixtures.insee() + "\"}");
    assertThat(write.status()).isEqualTo(403);
    assertThat(write.string("code")).isEqualTo("INSUFFICIENT_SCOPE");
    assertThat(write.header("WWW-Authenticate")).contains("insufficient_scope");
    assertThat(Database.snapshot()).isEqualTo(before);

    Http.Reply writer = token(c, "ip", "192.0.2.1", "contributor_type", "municipal_administration");
    assertThat(writer.string("scope")).isEqualTo("housenumber_write");
  }

  @Test
  void needsATokenForEveryManagementRouteButNotForUnknownPaths() {
    Http anonymous = Server.anonymous();
    Http.Reply r = anonymous.get("municipality");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.string("code")).isEqualTo("UNAUTHENTICATED");
    assertThat(r.string("detail")).contains("Authorization: Bearer").contains("POST /token");
    assertThat(r.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"ban\"");

    Http.Reply malformed =
        anonymous.send("GET", "municipality", null, Map.of("Authorization", "Token abc"));
    assertThat(malformed.status()).isEqualTo(401);
    assertThat(malformed.header("WWW-Authenticate")).contains("error=\"invalid_token\"");

    Http.Reply unknown = anonymous.as(RandomTokens.next()).get("municipality");
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(unknown.string("detail")).contains("unknown access token");

    assertThat(anonymous.get("municipalities/x").status()).isEqualTo(404);
    assertThat(anonymous.patch("municipality", "{}").status()).isEqualTo(405);
    assertThat(Server.root().get("openapi").status()).isEqualTo(200);
    assertThat(anonymous.get("search?q=rue+de+la+paix").status()).isEqualTo(200);
  }

  @Test
  void refusesAWriteOutsideTheTokensScopesAndChangesNothing() {
    Cli.Credentials c =
        Cli.createClient(
            "Postcodes only", "--contributor-type", "laposte", "--scope", "postcode_write");
    Http postcodes = http.as(Server.token(c, Map.of("ip", "192.0.2.2")));
    var before = Database.snapshot();
    Http.Reply r =
        postcodes.post(
            "municipality", "{\"name\":\"Fornex\",\"insee\":\"" + Fixtures.insee() + "\"}");
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.string("detail")).contains("municipality_write").contains("laposte");
    assertThat(Database.snapshot()).isEqualTo(before);
  }

  @Test
  void stopsAcceptingExpiredRevokedAndDisabledClientsTokens() throws InterruptedException {
    Cli.Credentials c = Cli.createClient("Short lived", "--contributor-type", "osm");
    String expiring = Server.token(c, Map.of("ip", "192.0.2.3"));
    String revoked = Server.token(c, Map.of("ip", "192.0.2.3"));
    String untouched = Server.token(c, Map.of("ip", "192.0.2.3"));
    for (String t : new String[] {expiring, revoked, untouched}) {
      assertThat(http.as(t).get("municipality").status()).isEqualTo(200);
    }

    Database.update(
        "update access_token set expires_at = now() - interval '1 second' where token_hash = ?",
        RandomTokens.sha256(expiring));
    Http.Reply expired = within3s(401, () -> http.as(expiring).get("municipality"));
    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.string("detail")).contains("expired");

    assertThat(Cli.ok("token", "revoke", "--token", revoked)).contains("revoked");
    Http.Reply afterRevoke = within3s(401, () -> http.as(revoked).get("municipality"));
    assertThat(afterRevoke.status()).isEqualTo(401);
    assertThat(afterRevoke.string("detail")).contains("revoked");
    assertThat(http.as(untouched).get("municipality").status()).isEqualTo(200);

    Cli.ok("client", "disable", c.clientId());
    assertThat(token(c, "ip", "192.0.2.3").status()).isEqualTo(401);
    Http.Reply disabled = within3s(401, () -> http.as(untouched).get("municipality"));
    assertThat(disabled.string("detail")).contains("disabled");
    Cli.ok("client", "enable", c.clientId());
    assertThat(within3s(200, () -> http.as(untouched).get("municipality")).status()).isEqualTo(200);

    Cli.ok("token", "revoke", "--client", c.clientId());
    assertThat(within3s(401, () -> http.as(untouched).get("municipality")).status()).isEqualTo(401);
  }

  @Test
  void rotatesASecret() {
    Cli.Credentials c = Cli.createClient("Rotating", "--contributor-type", "dgfip");
    String out = Cli.ok("client", "rotate-secret", c.clientId());
    String secret =
        out.lines().filter(l -> l.startsWith("client_secret")).findFirst().orElseThrow();
    Cli.Credentials rotated = new Cli.Credentials(c.clientId(), secret.split("\\s+")[1]);
    assertThat(token(c, "ip", "192.0.2.4").status()).isEqualTo(401);
    assertThat(token(rotated, "ip", "192.0.2.4").status()).isEqualTo(200);
    assertThat(Cli.run("client", "disable", java.util.UUID.randomUUID().toString()).err())
        .contains("no client with client_id");
  }

  @Test
  void showsTheSessionClientAndTypeButNeverTheEmailIpOrSecret() {
    Cli.Credentials c =
        Cli.createClient(
            "Mairie de Fornex",
            "--contributor-type",
            "municipal_administration",
            "--scope",
            "municipality_write");
    Http.Reply issued = token(c, "email", "maire@fornex.example", "ip", "198.51.100.23");
    String token = issued.string("access_token");
    Http mairie = http.as(token);
    Http.Reply created =
        mairie.post("municipality", "{\"name\":\"Fornex\",\"insee\":\"" + Fixtures.insee() + "\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    var by = created.json().getJsonObject("created_by");
    assertThat(by.keySet()).containsExactlyInAnyOrder("session", "client", "contributor_type");
    assertThat(by.getString("client")).isEqualTo("Mairie de Fornex");
    assertThat(by.getString("contributor_type")).isEqualTo("municipal_administration");
    String id = created.string("id");
    String all =
        created.text()
            + mairie.get("municipality/" + id).text()
            + mairie.get("municipality/" + id + "/versions").text()
            + issued.text();
    assertThat(all)
        .doesNotContain("maire@fornex.example")
        .doesNotContain("198.51.100.23")
        .doesNotContain(c.secret());
    assertThat(token(new Cli.Credentials(c.clientId(), c.secret() + "x"), "ip", "192.0.2.9").text())
        .doesNotContain(c.secret());

    String sessions = Cli.ok("session", "list", "--client", c.clientId());
    assertThat(sessions)
        .contains(String.valueOf(by.getJsonNumber("session").longValue()))
        .contains("maire@fornex.example")
        .contains("198.51.100.23");
    assertThat(ServerLog.text()).doesNotContain(c.secret()).doesNotContain(token);
  }
}
