package fr.gouv.ban.domain.resource;

import java.util.List;

/**
 * A uniqueness rule, mirrored by a unique index in PostgreSQL.
 *
 * @param fields the fields compared (entity attributes of the same names), reported in errors
 * @param natural whether this is the resource's natural key: it is unique over all rows, and a
 *     create that collides with a soft-deleted row revives that row (decision 15); other keys are
 *     unique over active rows only
 * @param nullable text fields that may be null, compared as the index does through {@code
 *     coalesce(x, '')} (decision 3: nulls are values); the other fields are compared plainly so
 *     that the check uses the index
 * @param caseInsensitive fields compared case-insensitively (e.g. the ordinal)
 */
public record UniqueKey(
    List<String> fields, boolean natural, List<String> nullable, List<String> caseInsensitive) {

  /** A one-field key; a null value is no value, so it is never checked. */
  public static UniqueKey single(String field, boolean natural) {
    return new UniqueKey(List.of(field), natural, List.of(), List.of());
  }
}
