package fr.gouv.ban.geocoder.search;

import fr.gouv.ban.geocoder.AddressDocument;
import fr.gouv.ban.geocoder.DocumentKind;
import fr.gouv.ban.geocoder.Filters;
import fr.gouv.ban.geocoder.index.CompactIndex;
import fr.gouv.ban.geocoder.index.DocumentTable;
import fr.gouv.ban.geocoder.index.DocumentTable.Field;
import fr.gouv.ban.geocoder.index.StringPool;
import java.util.List;

/**
 * Applies {@link Filters} to documents and result positions: OR within a filter, AND across
 * filters. The type filter is checked twice: on the document (may it yield an accepted type?) and
 * on the final result (a street that did not match the number is not a housenumber).
 */
final class FilterMatcher {

  private final CompactIndex index;
  private final Filters filters;

  FilterMatcher(CompactIndex index, Filters filters) {
    this.index = index;
    this.filters = filters;
  }

  boolean isEmpty() {
    return filters.isEmpty();
  }

  /** Whether a housenumber of the query may be matched at all (types allow housenumbers). */
  boolean allowsHousenumbers() {
    return filters.types().isEmpty() || filters.types().contains(DocumentKind.HOUSENUMBER);
  }

  boolean acceptsKind(DocumentKind kind) {
    return filters.types().isEmpty() || filters.types().contains(kind);
  }

  /**
   * Document-level checks: type (possibly through its numbers), postcode, citycode, département.
   */
  boolean acceptsDocument(int doc) {
    DocumentTable docs = index.documents();
    if (!filters.types().isEmpty()) {
      boolean hasNumbers = docs.housenumberEnd(doc) > docs.housenumberStart(doc);
      if (!filters.types().contains(docs.kind(doc))
          && !(hasNumbers && filters.types().contains(DocumentKind.HOUSENUMBER))) {
        return false;
      }
    }
    return anyValue(docs.ref(doc, Field.POSTCODES), filters.postcodes())
        && anyValue(docs.ref(doc, Field.CITYCODES), filters.citycodes())
        && inDepartement(doc);
  }

  /** Position-level check (the bounding box), on the final result position. */
  boolean acceptsPosition(double lon, double lat) {
    return filters.bbox() == null || filters.bbox().contains(lon, lat);
  }

  private boolean anyValue(int ref, List<String> wanted) {
    if (wanted.isEmpty()) {
      return true;
    }
    StringPool strings = index.strings();
    for (String value : wanted) {
      if (strings.hasSegment(ref, DocumentTable.LIST_SEPARATOR, value)) {
        return true;
      }
    }
    return false;
  }

  private boolean inDepartement(int doc) {
    if (filters.departements().isEmpty()) {
      return true;
    }
    for (String citycode : index.list(doc, Field.CITYCODES)) {
      if (filters.departements().contains(AddressDocument.departementOf(citycode))) {
        return true;
      }
    }
    return false;
  }
}
