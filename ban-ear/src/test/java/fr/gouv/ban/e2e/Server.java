package fr.gouv.ban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.util.Map;

/**
 * The one Payara Micro deployment shared by every end-to-end scenario: {@link BanServerIT} deploys
 * it and records its address here before each test. Scenarios call it with the token of an
 * administrator client that has every write scope and no rate limit.
 */
final class Server {
  private static volatile URI base;
  private static volatile String adminToken;

  private Server() {}

  static void use(URL url) {
    if (url != null) {
      ServerLog.capture();
      base = URI.create(url.toString().endsWith("/") ? url.toString() : url + "/");
    }
  }

  /** Requests with the administrator's token. */
  static Http http() {
    return anonymous().as(adminToken());
  }

  /** Requests without a token. */
  static Http anonymous() {
    if (base == null) {
      throw new IllegalStateException("the server is not deployed");
    }
    return new Http(base);
  }

  /** The server root (where /openapi and /health live), whatever the context root. */
  static Http root() {
    return new Http(anonymous().base().resolve("/"));
  }

  private static synchronized String adminToken() {
    if (adminToken == null) {
      Cli.Credentials admin =
          Cli.createClient(
              "e2e admin",
              "--contributor-type",
              "admin",
              "--all-write-scopes",
              "--rate-limit-exempt");
      adminToken = token(admin, Map.of("email", "e2e@example.org"));
    }
    return adminToken;
  }

  /** A token for {@code client}, with further token request parameters. */
  static String token(Cli.Credentials client, Map<String, String> parameters) {
    var fields = new java.util.HashMap<>(parameters);
    fields.put("grant_type", "client_credentials");
    fields.put("client_id", client.clientId());
    fields.put("client_secret", client.secret());
    Http.Reply r = anonymous().form("token", fields);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.string("access_token");
  }
}
