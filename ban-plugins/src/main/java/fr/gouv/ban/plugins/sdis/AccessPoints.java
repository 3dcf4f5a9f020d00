package fr.gouv.ban.plugins.sdis;

import java.util.Set;
import java.util.TreeSet;

/**
 * What an emergency access point is, shared by the import and the write rules so that a row the
 * import accepts is never refused by a rule afterwards.
 */
final class AccessPoints {
  /**
   * Position kinds a crew can be sent to. Not {@code postal} (a letter box), {@code parcel} or
   * {@code segment} (centroids of a plot or a street stretch), {@code area}, {@code unit} (a
   * dwelling inside a building, reached through its entrance) nor {@code unknown}.
   */
  static final Set<String> KINDS =
      new TreeSet<>(Set.of("building", "entrance", "staircase", "utility"));

  /**
   * Positioning methods precise enough to send a crew: measured on the ground ({@code gps}, {@code
   * dgps}) or placed on aerial imagery. Not {@code interpolation} or {@code projection} along a
   * street, which may put an entrance on the wrong side of a block, nor {@code other}.
   */
  static final Set<String> POSITIONINGS = new TreeSet<>(Set.of("dgps", "gps", "imagery"));

  private AccessPoints() {}
}
