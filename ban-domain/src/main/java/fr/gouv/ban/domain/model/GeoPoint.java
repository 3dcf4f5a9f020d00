package fr.gouv.ban.domain.model;

/** A WGS84 (EPSG:4326) point. */
public record GeoPoint(double lon, double lat) {
  public GeoPoint {
    if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
      throw new IllegalArgumentException("coordinates out of range: " + lon + ", " + lat);
    }
  }
}
