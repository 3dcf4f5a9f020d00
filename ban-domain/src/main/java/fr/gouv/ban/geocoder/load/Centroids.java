package fr.gouv.ban.geocoder.load;

import fr.gouv.ban.geocoder.HousenumberEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small aggregation helpers of the loaders. */
final class Centroids {

  private Centroids() {}

  /**
   * The housenumber nearest to the centroid of all: a street's representative point. The raw
   * centroid of a curved street can fall in a block, away from the street.
   */
  static HousenumberEntry nearestToCentroid(List<HousenumberEntry> numbers) {
    double lon = 0;
    double lat = 0;
    for (HousenumberEntry n : numbers) {
      lon += n.lon();
      lat += n.lat();
    }
    lon /= numbers.size();
    lat /= numbers.size();
    HousenumberEntry best = numbers.get(0);
    double bestDistance = Double.MAX_VALUE;
    double cosLat = Math.cos(Math.toRadians(lat));
    for (HousenumberEntry n : numbers) {
      double dx = (n.lon() - lon) * cosLat;
      double dy = n.lat() - lat;
      double distance = dx * dx + dy * dy;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = n;
      }
    }
    return best;
  }

  /** Keys by descending count, first seen first among equals. */
  static List<String> byFrequency(Map<String, Integer> counts) {
    List<String> keys = new ArrayList<>(counts.keySet());
    keys.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a)));
    return keys;
  }
}
