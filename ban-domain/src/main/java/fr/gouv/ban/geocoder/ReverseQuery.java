package fr.gouv.ban.geocoder;

import static java.util.Objects.requireNonNull;

/**
 * A reverse geocoding request ({@code GET /reverse/}): the nearest housenumbers or streets of a
 * point, within a radius.
 *
 * @param point the position to describe
 * @param limit number of hits wanted, at least 1
 * @param radiusMetres search radius, 1..{@link #MAX_RADIUS_METRES}
 * @param filters result filters, never null
 */
public record ReverseQuery(GeoPoint point, int limit, double radiusMetres, Filters filters) {

  public static final double DEFAULT_RADIUS_METRES = 1_000;
  public static final double MAX_RADIUS_METRES = 10_000;

  /**
   * @throws IllegalArgumentException on a limit below 1 or a radius out of range
   */
  public ReverseQuery {
    requireNonNull(point, "point");
    requireNonNull(filters, "filters");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    if (!(radiusMetres > 0 && radiusMetres <= MAX_RADIUS_METRES)) {
      throw new IllegalArgumentException("radius out of range: " + radiusMetres);
    }
  }

  /** The HTTP defaults: limit 1, radius 1 km, no filter. */
  public static ReverseQuery at(double lat, double lon) {
    return new ReverseQuery(new GeoPoint(lat, lon), 1, DEFAULT_RADIUS_METRES, Filters.NONE);
  }

  public ReverseQuery withLimit(int value) {
    return new ReverseQuery(point, value, radiusMetres, filters);
  }

  public ReverseQuery withRadius(double metres) {
    return new ReverseQuery(point, limit, metres, filters);
  }

  public ReverseQuery withFilters(Filters value) {
    return new ReverseQuery(point, limit, radiusMetres, value);
  }
}
