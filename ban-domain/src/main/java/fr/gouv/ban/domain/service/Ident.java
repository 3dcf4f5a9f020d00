package fr.gouv.ban.domain.service;

import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ErrorCode;
import fr.gouv.ban.domain.model.ResourceKind;

/**
 * A resource identifier as written in URLs and reference fields: a bare {@code ban-...} id, or
 * {@code name:value} where name is {@code id} or one of the kind's identifiers.
 *
 * @param name {@code id} or an identifier name
 * @param value the value looked up
 */
public record Ident(String name, String value) {
  public static Ident parse(ResourceKind kind, String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      return new Ident("id", text);
    }
    String name = text.substring(0, colon);
    String value = text.substring(colon + 1);
    if (!"id".equals(name) && !kind.identifiers().contains(name)) {
      throw new BanException(ErrorCode.INVALID_IDENTIFIER, "Invalid identifier: " + name);
    }
    return new Ident(name, value);
  }

  @Override
  public String toString() {
    return "id".equals(name) ? value : name + ":" + value;
  }
}
