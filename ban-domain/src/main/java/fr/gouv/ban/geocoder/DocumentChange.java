package fr.gouv.ban.geocoder;

import static java.util.Objects.requireNonNull;

/**
 * One change of the live index: a municipality, street or locality document (with all its
 * housenumbers) is inserted or replaced, or removed. Housenumber-level edits of the management API
 * are expressed as an upsert of their street.
 *
 * @param id id of the document concerned
 * @param document the new document for an upsert, null for a deletion
 */
public record DocumentChange(String id, AddressDocument document) {

  public DocumentChange {
    requireNonNull(id, "id");
    if (document != null && !document.id().equals(id)) {
      throw new IllegalArgumentException("id mismatch: " + id + " vs " + document.id());
    }
    if (document != null && document.kind() == DocumentKind.HOUSENUMBER) {
      throw new IllegalArgumentException("housenumbers change through their street: " + id);
    }
  }

  public static DocumentChange upsert(AddressDocument document) {
    return new DocumentChange(document.id(), document);
  }

  public static DocumentChange delete(String id) {
    return new DocumentChange(id, null);
  }

  public boolean isDelete() {
    return document == null;
  }
}
