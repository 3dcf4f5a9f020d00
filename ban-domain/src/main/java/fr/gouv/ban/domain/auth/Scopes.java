package fr.gouv.ban.domain.auth;

import fr.gouv.ban.domain.model.ResourceKind;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The scopes a client can be given. Writes to a resource need {@code <resource>_write}; imports
 * need {@code import_<kind>} ({@code bal} being the original API's name of {@code import_bal}). One
 * list, so that the CLI rejects a misspelt scope; a third-party import kind's scope ({@code
 * import_<kind>}) is accepted too, since plugins are not known outside the server.
 */
public final class Scopes {
  /** The import kinds of the shipped plugins. */
  public static final List<String> IMPORT_KINDS =
      List.of("bal", "ban", "laposte", "osm", "sdis", "topo");

  private static final String BAL_ALIAS = "bal";
  private static final Pattern IMPORT = Pattern.compile("import_[a-z][a-z0-9_]*");
  private static final Set<String> KNOWN = new TreeSet<>();

  static {
    Arrays.stream(ResourceKind.values()).map(Scopes::write).forEach(KNOWN::add);
    IMPORT_KINDS.stream().map(Scopes::importing).forEach(KNOWN::add);
  }

  private Scopes() {}

  /** The scope that writes to {@code kind}, e.g. {@code housenumber_write}. */
  public static String write(ResourceKind kind) {
    return kind.wireName() + "_write";
  }

  /** The scope that runs imports of {@code kind}, e.g. {@code import_bal}. */
  public static String importing(String kind) {
    return "import_" + kind;
  }

  /** Whether holding {@code held} grants {@code needed} ({@code bal} grants {@code import_bal}). */
  public static boolean grants(Collection<String> held, String needed) {
    return held.contains(needed)
        || (needed.equals(importing(BAL_ALIAS)) && held.contains(BAL_ALIAS));
  }

  /** Every scope the server knows, sorted. */
  public static Set<String> known() {
    return Collections.unmodifiableSet(KNOWN);
  }

  /** The members of {@code scopes} that the server does not know, sorted. */
  public static List<String> unknown(Collection<String> scopes) {
    return scopes.stream()
        .filter(s -> !KNOWN.contains(s) && !BAL_ALIAS.equals(s) && !IMPORT.matcher(s).matches())
        .sorted()
        .distinct()
        .toList();
  }
}
