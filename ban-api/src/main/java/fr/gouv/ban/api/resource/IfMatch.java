package fr.gouv.ban.api.resource;

import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ErrorCode;

/** Reads {@code If-Match: "<version>"} (weak tags and bare numbers accepted; * = no check). */
final class IfMatch {
  private IfMatch() {}

  static Integer parse(String header) {
    if (header == null || header.isBlank() || "*".equals(header.trim())) {
      return null;
    }
    String v = header.trim();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    v = v.replace("\"", "");
    if (!v.matches("\\d{1,9}")) {
      throw new BanException(
          ErrorCode.INVALID_PARAMETER, "If-Match must be a version number, e.g. \"3\": " + header);
    }
    return Integer.parseInt(v);
  }
}
