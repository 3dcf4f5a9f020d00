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

  public void add(String field, String message) {
    byField.putIfAbsent(field, message);
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
