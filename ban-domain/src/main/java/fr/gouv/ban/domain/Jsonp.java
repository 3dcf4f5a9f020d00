package fr.gouv.ban.domain;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. {@code jakarta.json.Json}'s static methods look the provider
 * up through a ServiceLoader on every call, which dominated bulk writes.
 */
public final class Jsonp {
  public static final JsonProvider JSON = JsonProvider.provider();

  private Jsonp() {}
}
