package fr.gouv.ban.domain.resource;

import java.util.List;

/**
 * A uniqueness rule, mirrored by a unique index in PostgreSQL.
 *
 * @param fields wire names of the fields reported in the error
 * @param attributes entity attributes compared, in the same order
 * @param natural whether this is the resource's natural key: it is unique over all rows, and a
 *     create that collides with a soft-deleted row revives that row (decision 15); other keys are
 *     unique over active rows only
 * @param caseInsensitive attributes compared case-insensitively (e.g. the ordinal)
 */
public record UniqueKey(
    List<String> fields, List<String> attributes, boolean natural, List<String> caseInsensitive) {

  public static UniqueKey single(String field, boolean natural) {
    return new UniqueKey(List.of(field), List.of(field), natural, List.of());
  }
}
