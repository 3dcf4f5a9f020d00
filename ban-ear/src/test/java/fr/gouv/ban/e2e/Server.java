package fr.gouv.ban.e2e;

import java.net.URI;
import java.net.URL;

/**
 * The one Payara Micro deployment shared by every end-to-end scenario: {@link BanServerIT} deploys
 * it and records its address here before each test.
 */
final class Server {
  private static volatile URI base;

  private Server() {}

  static void use(URL url) {
    if (url != null) {
      base = URI.create(url.toString().endsWith("/") ? url.toString() : url + "/");
    }
  }

  static Http http() {
    if (base == null) {
      throw new IllegalStateException("the server is not deployed");
    }
    return new Http(base);
  }

  /** The server root (where /openapi and /health live), whatever the context root. */
  static Http root() {
    return new Http(http().base().resolve("/"));
  }
}
