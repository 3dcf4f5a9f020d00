package fr.gouv.ban.plugins.laposte;

import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.spi.ChangeCommand;
import fr.gouv.ban.domain.spi.IngestionContext;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the rows of one file into postcode upserts: checks each row against the postcode fields of
 * the domain (so that a bad row is reported with its line here rather than failing at write time)
 * and drops repeated keys. One instance per file: it holds the keys already emitted.
 */
final class PostcodeCommands {
  static final Pattern INSEE = Pattern.compile("(2[AB]|\\d{2})\\d{3}");
  private static final Pattern CODE = Pattern.compile("\\d{5}");
  private static final int NAME_MAX = 200;
  private static final int COMPLEMENT_MAX = 38;

  // one provider lookup, not one per row (Json.createObjectBuilder looks it up on every call)
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  private final IngestionContext ctx;
  // key -> first line: ~40,000 entries for the whole of France
  private final Map<String, Long> seen = new HashMap<>();

  PostcodeCommands(IngestionContext ctx) {
    this.ctx = ctx;
  }

  /** The upsert of {@code row}, or empty when it was rejected (reported to the context). */
  Optional<ChangeCommand> toCommand(PostcodeRow row) {
    String problem = problem(row);
    if (problem == null) {
      Long first =
          seen.putIfAbsent(row.code() + '|' + row.insee() + '|' + row.complement(), row.line());
      if (first != null) {
        problem = "duplicate of line " + first + " (same code, commune and Ligne 5)";
      }
    }
    if (problem != null) {
      ctx.reject(row.line(), row.where() == null ? problem : row.where() + ": " + problem);
      return Optional.empty();
    }
    JsonObjectBuilder key =
        JSON.createObjectBuilder()
            .add("code", row.code())
            .add("municipality", "insee:" + row.insee());
    if (row.complement() == null) {
      key.addNull("complement");
    } else {
      key.add("complement", row.complement());
    }
    JsonObject body = JSON.createObjectBuilder().add("name", row.name()).build();
    return Optional.of(ChangeCommand.upsert(row.line(), ResourceKind.POSTCODE, key.build(), body));
  }

  private static String problem(PostcodeRow row) {
    if (row.insee() == null || !INSEE.matcher(row.insee()).matches()) {
      return "code commune INSEE: expected 5 characters (2 digits or 2A/2B, then 3 digits), got "
          + quoted(row.insee());
    }
    if (row.code() == null || !CODE.matcher(row.code()).matches()) {
      return "code postal: expected 5 digits, got " + quoted(row.code());
    }
    if (row.name() == null) {
      return "libellé d'acheminement: missing";
    }
    if (row.name().length() > NAME_MAX) {
      return "libellé d'acheminement: at most "
          + NAME_MAX
          + " characters, got "
          + row.name().length();
    }
    if (row.complement() != null && row.complement().length() > COMPLEMENT_MAX) {
      return "Ligne 5: at most " + COMPLEMENT_MAX + " characters, got " + row.complement().length();
    }
    if (row.name().indexOf('\uFFFD') >= 0
        || (row.complement() != null && row.complement().indexOf('\uFFFD') >= 0)) {
      return "bytes that are not valid in the file's encoding (UTF-8 detected from its start)";
    }
    return null;
  }

  static String quoted(String value) {
    return value == null ? "nothing" : "\"" + value + "\"";
  }

  /** Trimmed, or null when blank: both formats leave optional fields empty. */
  static String clean(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    return v.isEmpty() ? null : v;
  }
}
