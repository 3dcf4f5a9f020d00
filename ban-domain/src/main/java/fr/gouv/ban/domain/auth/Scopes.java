package fr.gouv.ban.domain.auth;

import fr.gouv.ban.domain.model.ResourceKind;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The scopes a client can be given. Writes to a resource need {@code <resource>_write}; later
 * features add their own scopes here (one list, so that the CLI rejects a misspelt scope).
 */
public final class Scopes {
  private static final Set<String> KNOWN =
      Arrays.stream(ResourceKind.values())
          .map(Scopes::write)
          .collect(Collectors.toCollection(TreeSet::new));

  private Scopes() {}

  /** The scope that writes to {@code kind}, e.g. {@code housenumber_write}. */
  public static String write(ResourceKind kind) {
    return kind.wireName() + "_write";
  }

  /** Every scope the server knows, sorted. */
  public static Set<String> known() {
    return Collections.unmodifiableSet(KNOWN);
  }

  /** The members of {@code scopes} that the server does not know, sorted. */
  public static List<String> unknown(Collection<String> scopes) {
    return scopes.stream().filter(s -> !KNOWN.contains(s)).sorted().distinct().toList();
  }
}
