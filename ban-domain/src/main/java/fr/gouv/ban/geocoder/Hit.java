package fr.gouv.ban.geocoder;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;

/**
 * One result of {@link Geocoder#search} or {@link Geocoder#reverse}.
 *
 * @param document the result, with its {@link AddressDocument#label()} set; a housenumber result is
 *     a document of kind {@link DocumentKind#HOUSENUMBER}
 * @param score 0..1 on addok's scale
 * @param distanceMetres distance to the query centre or reverse point, when there is one
 * @param housenumberMatch how a queried housenumber was matched
 */
public record Hit(
    AddressDocument document,
    double score,
    OptionalInt distanceMetres,
    HousenumberMatch housenumberMatch) {

  public Hit {
    requireNonNull(document, "document");
    requireNonNull(distanceMetres, "distanceMetres");
    requireNonNull(housenumberMatch, "housenumberMatch");
  }
}
