package fr.gouv.ban.domain.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects field-level validation failures so that all of them are reported together. The first
 * message per field wins: later checks on a field that already failed add nothing.
 */
public final class Violations {
  private final Map<String, String> byField = new LinkedHashMap<>();
  private final Map<String, String> rules = new LinkedHashMap<>();

  public void add(String field, String message) {
    byField.putIfAbsent(field, message);
  }

  /** Adds every failure of {@code other}, naming the validation plugin that found them. */
  public void addAll(Violations other, String rule) {
    other.byField.forEach(
        (field, message) -> {
          if (byField.putIfAbsent(field, message) == null) {
            rules.put(field, rule);
          }
        });
  }

  /** Field to the id of the plugin that reported it (fields of the body's own checks absent). */
  public Map<String, String> rules() {
    return Collections.unmodifiableMap(rules);
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  public boolean isEmpty() {
    return byField.isEmpty();
  }

  public Map<String, String> asMap() {
    return Collections.unmodifiableMap(byField);
  }

  /** Throws the collected failures as one exception, if there are any. */
  public void throwIfAny() {
    if (!byField.isEmpty()) {
      throw new ValidationFailedException(this);
    }
  }
}
