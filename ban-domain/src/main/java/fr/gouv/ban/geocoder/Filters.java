package fr.gouv.ban.geocoder;

import java.util.List;
import java.util.Set;

/**
 * Result filters: OR within one filter, AND across filters (addok 1.3), plus this project's {@code
 * departement} and {@code bbox}. An empty list means "no constraint".
 *
 * @param types accepted result types
 * @param postcodes accepted postcodes, compared with every postcode of a document
 * @param citycodes accepted INSEE codes, compared with every citycode of a document
 * @param departements accepted département codes ({@code 75}, {@code 2A}, {@code 974})
 * @param bbox box the result position must fall in, or null
 */
public record Filters(
    Set<DocumentKind> types,
    List<String> postcodes,
    List<String> citycodes,
    List<String> departements,
    BoundingBox bbox) {

  /** No filter at all. */
  public static final Filters NONE = new Filters(Set.of(), List.of(), List.of(), List.of(), null);

  public Filters {
    types = Set.copyOf(types);
    postcodes = List.copyOf(postcodes);
    citycodes = List.copyOf(citycodes);
    departements = List.copyOf(departements);
  }

  public boolean isEmpty() {
    return types.isEmpty()
        && postcodes.isEmpty()
        && citycodes.isEmpty()
        && departements.isEmpty()
        && bbox == null;
  }

  public Filters withTypes(DocumentKind... values) {
    return new Filters(Set.of(values), postcodes, citycodes, departements, bbox);
  }

  public Filters withPostcodes(String... values) {
    return new Filters(types, List.of(values), citycodes, departements, bbox);
  }

  public Filters withCitycodes(String... values) {
    return new Filters(types, postcodes, List.of(values), departements, bbox);
  }

  public Filters withDepartements(String... values) {
    return new Filters(types, postcodes, citycodes, List.of(values), bbox);
  }

  public Filters withBbox(BoundingBox value) {
    return new Filters(types, postcodes, citycodes, departements, value);
  }
}
