package fr.gouv.ban.geocoder;

/**
 * A WGS84 position.
 *
 * @param lat latitude in degrees, -90..90
 * @param lon longitude in degrees, -180..180
 */
public record GeoPoint(double lat, double lon) {

  private static final double EARTH_RADIUS_METRES = 6_371_008.8;

  /**
   * @throws IllegalArgumentException when a coordinate is out of range or not a number
   */
  public GeoPoint {
    if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("coordinates out of range: " + lat + "," + lon);
    }
  }

  /** Great-circle (haversine) distance in metres. */
  public double distanceMetres(double otherLat, double otherLon) {
    return haversineMetres(lat, lon, otherLat, otherLon);
  }

  /** Great-circle (haversine) distance in metres between two positions given in degrees. */
  public static double haversineMetres(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
