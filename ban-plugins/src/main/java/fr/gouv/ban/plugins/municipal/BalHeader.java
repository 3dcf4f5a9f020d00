package fr.gouv.ban.plugins.municipal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header line of a BAL file: where each column is, which version of the standard it follows
 * (1.4 when any 1.4 column is present) and which regional-language name columns it carries. Column
 * names are matched in lower case; unknown columns are ignored, as the standard allows.
 */
final class BalHeader {
  /** The columns without which no address can be read. */
  static final List<String> REQUIRED =
      List.of("cle_interop", "voie_nom", "numero", "commune_insee", "long", "lat");

  /** The columns that only exist in BAL 1.4. */
  static final Set<String> V14 =
      Set.of(
          "commune_deleguee_insee",
          "commune_deleguee_nom",
          "id_ban_commune",
          "id_ban_toponyme",
          "id_ban_adresse");

  /** {@code voie_nom_bre}, {@code lieudit_complement_nom_eus}...: ISO 639-3 language codes. */
  private static final Pattern LANGUAGE =
      Pattern.compile("(voie_nom|lieudit_complement_nom)_([a-z]{3})");

  private final Map<String, Integer> index;
  private final int width;
  private final String version;
  private final List<String> voieLanguages = new ArrayList<>();
  private final List<String> lieuditLanguages = new ArrayList<>();

  private BalHeader(List<String> names) {
    index = new HashMap<>();
    width = names.size();
    boolean v14 = false;
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      index.putIfAbsent(name, i);
      v14 |= V14.contains(name);
      Matcher m = LANGUAGE.matcher(name);
      if (m.matches()) {
        (m.group(1).equals("voie_nom") ? voieLanguages : lieuditLanguages).add(m.group(2));
      }
    }
    version = v14 || !voieLanguages.isEmpty() || !lieuditLanguages.isEmpty() ? "1.4" : "1.3";
  }

  /**
   * Reads a header.
   *
   * @throws IOException when a required column is missing (the file is not a BAL)
   */
  static BalHeader of(List<String> names) throws IOException {
    BalHeader h = new BalHeader(names);
    List<String> missing = REQUIRED.stream().filter(c -> !h.index.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      String hint =
          names.size() == 1 && (names.get(0).contains(",") || names.get(0).contains("\t"))
              ? " (the separator must be ';', this header uses ',' or tabs)"
              : "";
      throw new IOException(
          "not a BAL file: missing column(s) "
              + String.join(", ", missing)
              + hint
              + "; a BAL 1.3/1.4 header starts with cle_interop;uid_adresse;voie_nom;...");
    }
    return h;
  }

  /** "1.3" or "1.4". */
  String version() {
    return version;
  }

  /** The number of columns a row must have. */
  int width() {
    return width;
  }

  boolean has(String column) {
    return index.containsKey(column);
  }

  /** The value of {@code column} in {@code values}, "" when the column is absent. */
  String get(List<String> values, String column) {
    Integer i = index.get(column);
    return i == null || i >= values.size() ? "" : values.get(i);
  }

  /** The language codes of the {@code voie_nom_<lang>} columns, in header order. */
  List<String> voieLanguages() {
    return voieLanguages;
  }

  /** The language codes of the {@code lieudit_complement_nom_<lang>} columns. */
  List<String> lieuditLanguages() {
    return lieuditLanguages;
  }
}
