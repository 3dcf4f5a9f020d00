package fr.gouv.ban.domain.resource;

import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ErrorCode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A parsed {@code fields} mask: comma-separated dotted paths where {@code *} means "every default
 * field". A relation is expanded into an object when its sub-mask is not empty ({@code
 * parent.name}, or {@code *.*} which gives every relation the mask {@code *}), and rendered as its
 * id otherwise.
 */
public final class Mask {
  public static final String STAR = "*";
  private static final int MAX_DEPTH = 4;

  private final Map<String, Mask> children = new LinkedHashMap<>();

  /** The mask {@code *}. */
  public static Mask all() {
    return parse(STAR);
  }

  /** Parses a mask; a blank one is {@code *}. */
  public static Mask parse(String text) {
    Mask root = new Mask();
    String source = text == null || text.isBlank() ? STAR : text;
    for (String path : source.split(",")) {
      String trimmed = path.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      String[] parts = trimmed.split("\\.");
      if (parts.length > MAX_DEPTH) {
        throw new BanException(
            ErrorCode.INVALID_PARAMETER,
            "Field path too deep: " + trimmed + " (at most " + MAX_DEPTH + " levels)");
      }
      Mask node = root;
      for (String part : parts) {
        if (part.isEmpty()) {
          throw new BanException(ErrorCode.INVALID_PARAMETER, "Unknown field " + trimmed);
        }
        node = node.children.computeIfAbsent(part, k -> new Mask());
      }
    }
    return root;
  }

  public boolean isEmpty() {
    return children.isEmpty();
  }

  public boolean hasStar() {
    return children.containsKey(STAR);
  }

  /** Explicitly named fields (not {@code *}). */
  public Iterable<String> explicitFields() {
    return children.keySet().stream().filter(k -> !STAR.equals(k)).toList();
  }

  /** The sub-mask applied to {@code field}: its own, else the one under {@code *}. */
  public Mask sub(String field) {
    Mask own = children.get(field);
    if (own != null) {
      return own;
    }
    Mask star = children.get(STAR);
    return star == null ? new Mask() : star;
  }
}
