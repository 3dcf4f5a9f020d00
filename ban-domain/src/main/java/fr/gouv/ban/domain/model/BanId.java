package fr.gouv.ban.domain.model;

import java.util.UUID;
import java.util.regex.Pattern;

/** Public identifiers: {@code ban-<resource>-<uuid4 as 32 hex>}. */
public final class BanId {
  private static final Pattern FORMAT = Pattern.compile("ban-[a-z]+-[0-9a-f]{32}");

  private BanId() {}

  public static String newId(ResourceKind kind) {
    return "ban-" + kind.wireName() + "-" + UUID.randomUUID().toString().replace("-", "");
  }

  public static boolean looksLikeId(String value) {
    return FORMAT.matcher(value).matches();
  }
}
