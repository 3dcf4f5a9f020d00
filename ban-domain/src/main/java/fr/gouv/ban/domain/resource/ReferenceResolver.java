package fr.gouv.ban.domain.resource;

import fr.gouv.ban.domain.error.Violations;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.model.VersionedResource;
import jakarta.json.JsonValue;

/** Resolves reference values of a body ({@code ban-...} id, {@code name:value}, {@code {id}}). */
public interface ReferenceResolver {
  /**
   * Resolves {@code value} to an active resource of {@code kind}. On failure (malformed, not found,
   * soft-deleted) records a violation on {@code field} and returns null.
   */
  <T extends VersionedResource> T resolve(
      ResourceKind kind, Class<T> type, String field, JsonValue value, Violations out);
}
