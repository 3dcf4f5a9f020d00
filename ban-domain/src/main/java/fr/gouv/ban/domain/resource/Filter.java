package fr.gouv.ban.domain.resource;

import fr.gouv.ban.domain.model.ResourceKind;

/**
 * How one collection filter parameter restricts a query. Repeated values mean OR; an empty value
 * means "is null".
 *
 * @param attribute the entity attribute compared
 * @param kind how values are interpreted
 * @param target for references, the kind of resource referenced
 */
public record Filter(String attribute, Kind kind, ResourceKind target) {
  /** Value interpretation. */
  public enum Kind {
    /** Plain text equality. */
    TEXT,
    /** A reference ({@code ban-...} id or {@code name:value}). */
    REFERENCE,
    /** A reference matched against a collection attribute (e.g. ancestors). */
    REFERENCE_MEMBER
  }

  public static Filter text(String attribute) {
    return new Filter(attribute, Kind.TEXT, null);
  }

  public static Filter reference(String attribute, ResourceKind target) {
    return new Filter(attribute, Kind.REFERENCE, target);
  }

  public static Filter member(String attribute, ResourceKind target) {
    return new Filter(attribute, Kind.REFERENCE_MEMBER, target);
  }
}
