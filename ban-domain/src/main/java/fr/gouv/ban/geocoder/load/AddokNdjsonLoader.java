package fr.gouv.ban.geocoder.load;

import fr.gouv.ban.geocoder.AddressDocument;
import fr.gouv.ban.geocoder.DocumentKind;
import fr.gouv.ban.geocoder.HousenumberEntry;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Loads addok's ndjson export (one municipality, street or locality per line, streets with a nested
 * {@code housenumbers} map keyed by number and suffix), as produced by ban-plateforme for {@code
 * adresses-addok-<dep>.ndjson.gz}. Fields may be a string, a list (display value first) or null;
 * lines whose {@code _action} is {@code delete} are skipped. Streams line by line, so the national
 * file goes through in constant memory apart from the index being built.
 */
public final class AddokNdjsonLoader {

  /** Loads a file into a list (tests, small files). */
  public List<AddressDocument> load(Path file) throws IOException {
    List<AddressDocument> documents = new ArrayList<>();
    load(file, documents::add);
    return documents;
  }

  /** Streams the documents of a file ({@code .ndjson} or {@code .ndjson.gz}) to {@code sink}. */
  public void load(Path file, Consumer<AddressDocument> sink) throws IOException {
    try (BufferedReader reader = TextFiles.open(file)) {
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        try {
          Map<?, ?> json = (Map<?, ?>) JsonText.parse(line);
          if (!"delete".equals(json.get("_action"))) {
            sink.accept(toDocument(json));
          }
        } catch (RuntimeException e) {
          throw new IOException(file + ":" + lineNumber + ": " + e.getMessage(), e);
        }
      }
    }
  }

  /** Converts one parsed line. */
  static AddressDocument toDocument(Map<?, ?> json) {
    DocumentKind kind = DocumentKind.fromWireName((String) json.get("type"));
    AddressDocument.Builder builder =
        AddressDocument.builder(text(json.get("id")), kind, list(json.get("name")).get(0))
            .banId(text(json.get("banId")))
            .postcodes(list(json.get("postcode")))
            .citycodes(list(json.get("citycode")))
            .cities(list(json.get("city")))
            .district(first(json.get("district")))
            .oldcity(first(json.get("oldcitycode")), first(json.get("oldcity")))
            .context(text(json.get("context")))
            .position(number(json.get("lon")), number(json.get("lat")))
            .projected(number(json.get("x")), number(json.get("y")))
            .importance(orZero(number(json.get("importance"))))
            .population((long) orZero(number(json.get("population"))));
    if (json.get("housenumbers") instanceof Map<?, ?> numbers) {
      builder.housenumbers(housenumbers(numbers));
    }
    return builder.build();
  }

  private static List<HousenumberEntry> housenumbers(Map<?, ?> numbers) {
    List<HousenumberEntry> entries = new ArrayList<>(numbers.size());
    numbers.forEach(
        (key, value) -> {
          Map<?, ?> n = (Map<?, ?>) value;
          entries.add(
              new HousenumberEntry(
                  (String) key,
                  text(n.get("id")),
                  text(n.get("banId")),
                  number(n.get("lon")),
                  number(n.get("lat")),
                  number(n.get("x")),
                  number(n.get("y"))));
        });
    return entries;
  }

  private static List<String> list(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> values) {
      return values.stream().filter(v -> v != null).map(ScalarText::of).toList();
    }
    return List.of(ScalarText.of(value));
  }

  private static String first(Object value) {
    List<String> values = list(value);
    return values.isEmpty() ? null : values.get(0);
  }

  private static String text(Object value) {
    return value == null ? null : ScalarText.of(value);
  }

  private static double number(Object value) {
    return value instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  private static double orZero(double value) {
    return Double.isNaN(value) ? 0 : value;
  }

  /** JSON scalars as text: codes are sometimes numbers in hand-made files. */
  private static final class ScalarText {
    private ScalarText() {}

    static String of(Object value) {
      if (value instanceof Double d && d == Math.rint(d)) {
        return Long.toString(d.longValue());
      }
      if (value instanceof java.math.BigDecimal d && d.stripTrailingZeros().scale() <= 0) {
        return d.toBigInteger().toString();
      }
      return value.toString();
    }
  }
}
