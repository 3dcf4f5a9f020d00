package fr.gouv.ban.domain.versioning;

import static fr.gouv.ban.domain.Jsonp.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Field-level comparison of two versions' data. Both sides are canonical JSON produced by the same
 * renderer, so value equality is JSON equality (no comparing objects with their ids).
 */
public final class DataDiff {
  /** Bookkeeping fields that a diff never reports. */
  static final Set<String> IGNORED =
      Set.of(
          "id",
          "pk",
          "version",
          "created_at",
          "created_by",
          "modified_at",
          "modified_by",
          "cia",
          "resource");

  private DataDiff() {}

  /** Whether a diff reports changes of {@code field} (bookkeeping fields it never does). */
  public static boolean tracks(String field) {
    return !IGNORED.contains(field);
  }

  /** Names of the fields whose values differ between {@code a} and {@code b} (null = absent). */
  public static Set<String> changedFields(JsonObject a, JsonObject b) {
    Set<String> names = new TreeSet<>();
    if (a != null) {
      names.addAll(a.keySet());
    }
    if (b != null) {
      names.addAll(b.keySet());
    }
    Set<String> changed = new LinkedHashSet<>();
    for (String name : names) {
      if (!IGNORED.contains(name) && !valueOf(a, name).equals(valueOf(b, name))) {
        changed.add(name);
      }
    }
    return changed;
  }

  /**
   * The diff object {@code {field: {old, new}}}. On a create ({@code old == null}) it lists every
   * field that is not null.
   */
  public static JsonObject diff(JsonObject old, JsonObject current) {
    JsonObjectBuilder out = JSON.createObjectBuilder();
    for (String name : changedFields(old, current)) {
      JsonValue before = valueOf(old, name);
      JsonValue after = valueOf(current, name);
      if (old == null && after == JsonValue.NULL) {
        continue;
      }
      out.add(name, JSON.createObjectBuilder().add("old", before).add("new", after));
    }
    return out.build();
  }

  private static JsonValue valueOf(JsonObject data, String name) {
    if (data == null) {
      return JsonValue.NULL;
    }
    JsonValue v = data.get(name);
    return v == null ? JsonValue.NULL : v;
  }
}
