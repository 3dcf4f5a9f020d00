package fr.gouv.ban.geocoder;

/** A WGS84 box, inclusive on every side; does not cross the antimeridian. */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {

  /**
   * @throws IllegalArgumentException when min is above max or a value is out of range
   */
  public BoundingBox {
    new GeoPoint(minLat, minLon);
    new GeoPoint(maxLat, maxLon);
    if (minLon > maxLon || minLat > maxLat) {
      throw new IllegalArgumentException("empty bbox");
    }
  }

  public boolean contains(double lon, double lat) {
    return lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat;
  }
}
