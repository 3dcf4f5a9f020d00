package fr.gouv.ban.domain.resource;

import static fr.gouv.ban.domain.Jsonp.JSON;

import fr.gouv.ban.domain.error.Violations;
import fr.gouv.ban.domain.model.GeoPoint;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.model.VersionedResource;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the fields of a request body into an entity, one typed helper per kind of field, and
 * collects every violation instead of stopping at the first. In {@link WriteMode#PATCH} a helper
 * does nothing for an absent key; otherwise an absent key reads as null.
 */
public final class BodyReader {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern POINT_TEXT =
      Pattern.compile("^\\s*[\\[(]\\s*(-?[0-9.eE+-]+)\\s*,\\s*(-?[0-9.eE+-]+)\\s*[\\])]\\s*$");
  private static final int MAX_TEXT = 10_000;

  private final JsonObject body;
  private final WriteMode mode;
  private final ReferenceResolver references;
  private final Violations violations = new Violations();

  public BodyReader(JsonObject body, WriteMode mode, ReferenceResolver references) {
    this.body = body;
    this.mode = mode;
    this.references = references;
  }

  public WriteMode mode() {
    return mode;
  }

  public Violations violations() {
    return violations;
  }

  /** Whether this reading touches {@code field}. */
  public boolean reads(String field) {
    return mode != WriteMode.PATCH || body.containsKey(field);
  }

  private JsonValue raw(String field) {
    JsonValue v = body.get(field);
    return v == null ? JsonValue.NULL : v;
  }

  /**
   * A free text of at most {@code max} characters. Numbers are accepted and kept as their decimal
   * text (the original accepted {@code code: 31310}).
   */
  public void text(String field, int max, boolean required, Consumer<String> setter) {
    if (!reads(field)) {
      return;
    }
    String value = asText(field, raw(field), max);
    if (violations.has(field)) {
      return;
    }
    if (value == null && required) {
      violations.add(field, "Value should not be null");
      return;
    }
    setter.accept(value);
  }

  /** A name: internal whitespace collapsed, blank refused when required. */
  public void name(String field, int max, boolean required, Consumer<String> setter) {
    text(
        field,
        max,
        false,
        v -> {
          String collapsed = v == null ? null : SPACES.matcher(v).replaceAll(" ").strip();
          if (collapsed != null && collapsed.isEmpty()) {
            collapsed = null;
          }
          if (collapsed == null && required) {
            violations.add(field, "Value should not be empty");
          } else {
            setter.accept(collapsed);
          }
        });
  }

  /** A text that must match {@code pattern} entirely. */
  public void matching(
      String field, Pattern pattern, String message, boolean required, Consumer<String> setter) {
    text(
        field,
        MAX_TEXT,
        required,
        v -> {
          if (v != null && !pattern.matcher(v).matches()) {
            violations.add(field, message + ": " + v);
          } else {
            setter.accept(v);
          }
        });
  }

  /** One of a fixed set of values, case-sensitive. */
  public void choice(String field, Set<String> allowed, boolean required, Consumer<String> setter) {
    text(
        field,
        MAX_TEXT,
        required,
        v -> {
          if (v != null && !allowed.contains(v)) {
            violations.add(
                field, "Must be one of " + String.join(", ", sorted(allowed)) + ": " + v);
          } else {
            setter.accept(v);
          }
        });
  }

  /** A list of strings; a single string is wrapped into a one-element list. */
  public void aliases(String field, Consumer<List<String>> setter) {
    if (!reads(field)) {
      return;
    }
    JsonValue v = raw(field);
    List<String> out = new ArrayList<>();
    switch (v.getValueType()) {
      case NULL -> {}
      case STRING -> out.add(((JsonString) v).getString());
      case ARRAY -> {
        for (JsonValue item : v.asJsonArray()) {
          if (item.getValueType() != JsonValue.ValueType.STRING) {
            violations.add(field, "Must be a list of strings");
            return;
          }
          out.add(((JsonString) item).getString());
        }
      }
      default -> {
        violations.add(field, "Must be a list of strings");
        return;
      }
    }
    setter.accept(List.copyOf(out));
  }

  /** A flat map of strings; a JSON-encoded string of such a map is accepted too. */
  public void attributes(Consumer<Map<String, String>> setter) {
    String field = "attributes";
    if (!reads(field)) {
      return;
    }
    JsonValue v = raw(field);
    if (v.getValueType() == JsonValue.ValueType.STRING) {
      try (var reader = JSON.createReader(new StringReader(((JsonString) v).getString()))) {
        v = reader.readValue();
      } catch (JsonParsingException | IllegalStateException e) {
        violations.add(field, "Must be an object of strings");
        return;
      }
    }
    if (v.getValueType() == JsonValue.ValueType.NULL) {
      setter.accept(null);
      return;
    }
    if (v.getValueType() != JsonValue.ValueType.OBJECT) {
      violations.add(field, "Must be an object of strings");
      return;
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (var e : v.asJsonObject().entrySet()) {
      if (e.getValue().getValueType() != JsonValue.ValueType.STRING) {
        violations.add(field, "Value of `" + e.getKey() + "` must be a string");
        return;
      }
      out.put(e.getKey(), ((JsonString) e.getValue()).getString());
    }
    setter.accept(out);
  }

  /** A point: GeoJSON object, {@code [lon, lat]}, or the text {@code "(lon, lat)"}. */
  public void point(String field, Consumer<GeoPoint> setter) {
    if (!reads(field)) {
      return;
    }
    JsonValue v = raw(field);
    if (v.getValueType() == JsonValue.ValueType.NULL) {
      setter.accept(null);
      return;
    }
    GeoPoint p = parsePoint(v);
    if (p == null) {
      violations.add(
          field, "Invalid point: expected GeoJSON, [lon, lat] or \"(lon, lat)\" in WGS84 range");
    } else {
      setter.accept(p);
    }
  }

  private static GeoPoint parsePoint(JsonValue v) {
    try {
      switch (v.getValueType()) {
        case OBJECT -> {
          JsonValue c = v.asJsonObject().get("coordinates");
          return c == null ? null : parsePoint(c);
        }
        case ARRAY -> {
          JsonArray a = v.asJsonArray();
          if (a.size() != 2
              || !(a.get(0) instanceof JsonNumber lon)
              || !(a.get(1) instanceof JsonNumber lat)) {
            return null;
          }
          return new GeoPoint(lon.doubleValue(), lat.doubleValue());
        }
        case STRING -> {
          Matcher m = POINT_TEXT.matcher(((JsonString) v).getString());
          return m.matches()
              ? new GeoPoint(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)))
              : null;
        }
        default -> {
          return null;
        }
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A reference to one resource. */
  public <T extends VersionedResource> void reference(
      String field, ResourceKind kind, Class<T> type, boolean required, Consumer<T> setter) {
    if (!reads(field)) {
      return;
    }
    JsonValue v = raw(field);
    if (v.getValueType() == JsonValue.ValueType.NULL
        || (v instanceof JsonString s && s.getString().isEmpty())) {
      if (required) {
        violations.add(field, "Value should not be null");
      } else {
        setter.accept(null);
      }
      return;
    }
    T target = references.resolve(kind, type, field, v, violations);
    if (target != null) {
      setter.accept(target);
    }
  }

  /** A list of references; a single value is taken as a one-element list. */
  public <T extends VersionedResource> void references(
      String field, ResourceKind kind, Class<T> type, Consumer<List<T>> setter) {
    if (!reads(field)) {
      return;
    }
    JsonValue v = raw(field);
    List<JsonValue> items =
        switch (v.getValueType()) {
          case NULL -> List.of();
          case ARRAY -> v.asJsonArray();
          default -> List.of(v);
        };
    List<T> out = new ArrayList<>();
    for (JsonValue item : items) {
      T target = references.resolve(kind, type, field, item, violations);
      if (target == null) {
        return;
      }
      if (!out.contains(target)) {
        out.add(target);
      }
    }
    setter.accept(out);
  }

  private String asText(String field, JsonValue v, int max) {
    String value =
        switch (v.getValueType()) {
          case NULL -> null;
          case STRING -> ((JsonString) v).getString();
          case NUMBER -> integralText((JsonNumber) v);
          default -> null;
        };
    if (value == null && v.getValueType() != JsonValue.ValueType.NULL) {
      violations.add(field, "Must be a string");
      return null;
    }
    if (value != null && value.length() > max) {
      violations.add(field, "Must be at most " + max + " characters");
      return null;
    }
    if (value != null && hasControlCharacter(value)) {
      violations.add(field, "Must not contain control characters");
      return null;
    }
    return value;
  }

  /** Whether {@code s} holds a control character other than tab (a loop: read for every text). */
  private static boolean hasControlCharacter(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\t') {
        return true;
      }
    }
    return false;
  }

  /** Decimal text of a small integral number; null for fractions and absurd magnitudes. */
  private static String integralText(JsonNumber n) {
    var d = n.bigDecimalValue();
    if (n.toString().length() > 24 || d.scale() < -24 || !n.isIntegral()) {
      return null;
    }
    return d.toBigIntegerExact().toString();
  }

  private static List<String> sorted(Set<String> values) {
    return values.stream().sorted().toList();
  }
}
