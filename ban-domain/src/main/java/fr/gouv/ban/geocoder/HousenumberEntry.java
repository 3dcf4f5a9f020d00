package fr.gouv.ban.geocoder;

import static java.util.Objects.requireNonNull;

/**
 * One housenumber nested in a street document, as addok stores it (the {@code housenumbers} map of
 * the ndjson export).
 *
 * @param number display key, the number and its suffix as the commune wrote them ({@code "8"},
 *     {@code "10b"}, {@code "96bis"}, {@code "12p1"})
 * @param id clé d'interopérabilité ({@code 75102_6998_00008}); never null
 * @param banId BAN UUID, or null when the source has none
 * @param lon WGS84 longitude
 * @param lat WGS84 latitude
 * @param x projected easting (Lambert-93 or local CRS), NaN when unknown
 * @param y projected northing, NaN when unknown
 */
public record HousenumberEntry(
    String number, String id, String banId, double lon, double lat, double x, double y) {

  public HousenumberEntry {
    requireNonNull(number, "number");
    requireNonNull(id, "id");
  }
}
