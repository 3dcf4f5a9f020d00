package fr.gouv.ban.plugins.dgfip;

import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.spi.ChangeCommand;
import fr.gouv.ban.domain.spi.IngestionContext;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * One TOPO row to one group upsert keyed {@code {"fantoir": <INSEE + RIVOLI>}}, with {@code name},
 * {@code kind} and {@code municipality}. One instance per file: it remembers the codes already
 * emitted, so a code repeated in the file is reported instead of overwriting the first row.
 */
final class TopoRows {
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
  private static final Pattern INSEE = Pattern.compile("(2[AB]|\\d{2})\\d{3}");
  private static final int NAME_MAX = 200;

  private final TopoColumns columns;
  private final IngestionContext ctx;
  private final Map<String, Long> seen = new HashMap<>();

  TopoRows(TopoColumns columns, IngestionContext ctx) {
    this.columns = columns;
    this.ctx = ctx;
  }

  Optional<ChangeCommand> toCommand(long line, CSVRecord r) {
    try {
      return Optional.of(command(line, r));
    } catch (RowException e) {
      ctx.reject(line, e.getMessage());
      return Optional.empty();
    }
  }

  private ChangeCommand command(long line, CSVRecord r) {
    String annulled = columns.get(r, TopoColumns.ANNULLED);
    if (annulled != null) {
      throw new RowException(
          "annulled in TOPO (" + annulled + "): not imported; delete the group through the API");
    }
    String code = required(r, TopoColumns.CODE).toUpperCase(Locale.ROOT);
    String insee = columns.get(r, TopoColumns.INSEE);
    if (insee != null && !INSEE.matcher(insee).matches()) {
      throw new RowException(
          "code_insee: expected an INSEE code of 5 characters, got \"" + insee + "\"");
    }
    String fantoir = fantoir(code, insee);
    RivoliKey.check(fantoir)
        .ifPresent(
            p -> {
              throw new RowException(p);
            });
    String name = name(r);
    String kind = kind(r, fantoir.charAt(5));
    String key = fantoir.substring(0, 9);
    Long first = seen.putIfAbsent(key, line);
    if (first != null) {
      throw new RowException("FANTOIR code " + key + ": duplicate of line " + first);
    }
    return ChangeCommand.upsert(
        line,
        ResourceKind.GROUP,
        JSON.createObjectBuilder().add("fantoir", key).build(),
        JSON.createObjectBuilder()
            .add("name", name)
            .add("kind", kind)
            .add("municipality", "insee:" + (insee != null ? insee : key.substring(0, 5)))
            .build());
  }

  private static String fantoir(String code, String insee) {
    if (code.length() == 4 || code.length() == 5) {
      if (insee == null) {
        throw new RowException(
            "code_topo \"" + code + "\" has no INSEE part and code_insee is empty");
      }
      return insee + code;
    }
    return code;
  }

  private String name(CSVRecord r) {
    String libelle = required(r, TopoColumns.NAME);
    String nature = columns.get(r, TopoColumns.NATURE);
    String name =
        nature == null
                || libelle
                    .toUpperCase(Locale.ROOT)
                    .startsWith(nature.toUpperCase(Locale.ROOT) + " ")
            ? libelle
            : nature + " " + libelle;
    if (name.indexOf('\uFFFD') >= 0) {
      throw new RowException("libelle: bytes that are not UTF-8");
    }
    if (name.length() > NAME_MAX) {
      throw new RowException("libelle: at most " + NAME_MAX + " characters, got " + name.length());
    }
    return name;
  }

  /** The FANTOIR type when given; else a letter-led RIVOLI code is a lieu-dit, digits a voie. */
  private String kind(CSVRecord r, char rivoliFirst) {
    String type = columns.get(r, TopoColumns.TYPE);
    if (type == null) {
      return Character.isDigit(rivoliFirst) ? "way" : "area";
    }
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "1", "voie", "4", "pseudo-voie", "5", "voie provisoire" -> "way";
      case "2", "ensemble immobilier", "3", "lieu-dit", "lieu dit" -> "area";
      default ->
          throw new RowException(
              "type_voie: expected 1 (voie), 2 (ensemble immobilier), 3 (lieu-dit), 4"
                  + " (pseudo-voie) or 5 (voie provisoire), got \""
                  + type
                  + "\"");
    };
  }

  private String required(CSVRecord r, String column) {
    String v = columns.get(r, column);
    if (v == null) {
      throw new RowException(column + ": missing");
    }
    return v;
  }

  /** A rejected row, with its reason; never leaves this class. */
  private static final class RowException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RowException(String reason) {
      super(reason, null, false, false);
    }
  }
}
