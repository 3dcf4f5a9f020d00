package fr.gouv.ban.domain.service;

import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ErrorCode;
import fr.gouv.ban.domain.error.ValidationFailedException;
import fr.gouv.ban.domain.error.VersionConflictException;
import fr.gouv.ban.domain.model.VersionedResource;
import fr.gouv.ban.domain.resource.ResourceRenderer;
import fr.gouv.ban.domain.resource.WriteMode;
import fr.gouv.ban.domain.versioning.DataDiff;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.Set;

/**
 * The optimistic version rule of updates. A write names the version it creates (current + 1), in
 * the body or as {@code If-Match: "<current>"}. A stale version {@code v} (2 ≤ v ≤ current) is
 * merged when the fields changed since version {@code v - 1} and the fields the request changes are
 * disjoint (a 3-way merge on canonical JSON); anything else is a conflict.
 */
final class VersionRule {
  private VersionRule() {}

  /** The version the write asks to create, validated for presence and type. */
  static int requestedVersion(JsonObject body, Integer ifMatch, int current) {
    if (ifMatch != null) {
      if (ifMatch != current) {
        throw new BanException(
            ErrorCode.PRECONDITION_FAILED,
            "If-Match names version " + ifMatch + ", current is " + current);
      }
      return current + 1;
    }
    JsonValue v = body.get("version");
    if (v == null
        || v.getValueType() == JsonValue.ValueType.NULL
        || (v instanceof JsonString s && s.getString().isEmpty())
        || (v instanceof JsonNumber n && n.toString().equals("0"))) {
      throw ValidationFailedException.of("version", "Value should not be null");
    }
    Integer n = asVersion(v);
    if (n == null || n < 1) {
      throw ValidationFailedException.of("version", "Must be a positive integer: " + v);
    }
    return n;
  }

  /** A version number: a small positive integer, as a JSON number or a digit string. */
  private static Integer asVersion(JsonValue v) {
    if (v instanceof JsonNumber num && num.toString().matches("-?\\d{1,9}")) {
      return num.intValue();
    }
    if (v instanceof JsonString s && s.getString().matches("\\d{1,9}")) {
      return Integer.parseInt(s.getString());
    }
    return null;
  }

  /**
   * Accepts the write or throws a conflict. {@code entity} already carries the request's changes;
   * {@code old} is its data before them.
   */
  static void check(
      int requested,
      VersionedResource entity,
      JsonObject old,
      JsonObject body,
      WriteMode mode,
      VersionHistory history,
      ResourceRenderer renderer) {
    int current = entity.getVersion();
    if (requested == current + 1) {
      return;
    }
    if (requested >= 2 && requested <= current && !entity.isDeleted()) {
      JsonObject base =
          history
              .byNumber(entity, requested - 1)
              .map(v -> VersionHistory.parse(v.getData()))
              .orElseThrow(() -> conflict(requested, old));
      Set<String> theirs = DataDiff.changedFields(base, old);
      Set<String> ours = requestChanges(base, renderer.data(entity), body, mode);
      ours.retainAll(theirs);
      if (ours.isEmpty()) {
        return;
      }
    }
    throw conflict(requested, old);
  }

  private static Set<String> requestChanges(
      JsonObject base, JsonObject applied, JsonObject body, WriteMode mode) {
    Set<String> changed = DataDiff.changedFields(base, applied);
    if (mode == WriteMode.PATCH) {
      changed.retainAll(body.keySet());
    }
    return new HashSet<>(changed);
  }

  private static VersionConflictException conflict(int requested, JsonObject current) {
    return new VersionConflictException("wrong version number: " + requested, current);
  }
}
