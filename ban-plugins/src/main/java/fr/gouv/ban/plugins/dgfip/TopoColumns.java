package fr.gouv.ban.plugins.dgfip;

import java.io.IOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * The columns of a TOPO file this import reads, found by header name (compared without case,
 * accents, spaces or a leading {@code #}); each has aliases for the spellings of FANTOIR-derived
 * extracts. Other columns are ignored.
 *
 * <table>
 *   <tr><th>column</th><th>aliases</th><th></th></tr>
 *   <tr><td>{@code code_topo}</td><td>{@code code_fantoir}, {@code fantoir}, {@code code_rivoli},
 *       {@code rivoli}</td><td>required: RIVOLI (4), RIVOLI + key (5), INSEE + RIVOLI (9) or
 *       INSEE + RIVOLI + key (10)</td></tr>
 *   <tr><td>{@code code_insee}</td><td>{@code code_commune}, {@code insee}</td><td>required
 *       when {@code code_topo} has no INSEE part; else the commune of the group when given
 *       (a commune nouvelle keeps its former communes' FANTOIR prefixes)</td></tr>
 *   <tr><td>{@code libelle}</td><td>{@code libelle_voie}, {@code nom}</td><td>required: the
 *       name</td></tr>
 *   <tr><td>{@code nature_voie}</td><td>{@code nature}</td><td>optional: put before the
 *       libellé when the libellé does not start with it ({@code RUE} + {@code DE LA PAIX})</td></tr>
 *   <tr><td>{@code type_voie}</td><td>{@code type}</td><td>optional: the FANTOIR type, 1 voie, 2
 *       ensemble immobilier, 3 lieu-dit, 4 pseudo-voie, 5 voie provisoire (or those words)</td></tr>
 *   <tr><td>{@code date_annulation}</td><td>{@code caractere_annulation}, {@code
 *       annulation}</td><td>optional: non-empty = annulled, the row is not imported</td></tr>
 * </table>
 */
final class TopoColumns {
  static final String CODE = "code_topo";
  static final String INSEE = "code_insee";
  static final String NAME = "libelle";
  static final String NATURE = "nature_voie";
  static final String TYPE = "type_voie";
  static final String ANNULLED = "date_annulation";

  private static final Map<String, List<String>> ALIASES =
      Map.of(
          CODE, List.of(CODE, "code_fantoir", "fantoir", "code_rivoli", "rivoli"),
          INSEE, List.of(INSEE, "code_commune", "insee"),
          NAME, List.of(NAME, "libelle_voie", "nom"),
          NATURE, List.of(NATURE, "nature"),
          TYPE, List.of(TYPE, "type"),
          ANNULLED, List.of(ANNULLED, "caractere_annulation", "annulation"));

  private final Map<String, Integer> index = new HashMap<>();

  TopoColumns(CSVRecord header) throws IOException {
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      byName.putIfAbsent(normalize(header.get(i)), i);
    }
    ALIASES.forEach(
        (column, names) ->
            names.stream()
                .filter(byName::containsKey)
                .findFirst()
                .ifPresent(n -> index.put(column, byName.get(n))));
    for (String required : List.of(CODE, NAME)) {
      if (!index.containsKey(required)) {
        throw new IOException(
            "not a TOPO file: the header has no column "
                + required
                + " (or "
                + String.join(", ", ALIASES.get(required).subList(1, ALIASES.get(required).size()))
                + "); found "
                + String.join(";", header.values()));
      }
    }
  }

  /** The trimmed value of {@code column} in {@code r}, or null when absent or blank. */
  String get(CSVRecord r, String column) {
    Integer i = index.get(column);
    if (i == null || i >= r.size()) {
      return null;
    }
    String v = r.get(i).strip();
    return v.isEmpty() ? null : v;
  }

  static String normalize(String header) {
    String h = header.strip().replace("\uFEFF", "");
    if (h.startsWith("#")) {
      h = h.substring(1);
    }
    return Normalizer.normalize(h, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replace(' ', '_')
        .replace('-', '_');
  }
}
