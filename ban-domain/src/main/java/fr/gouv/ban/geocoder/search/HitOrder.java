package fr.gouv.ban.geocoder.search;

import fr.gouv.ban.geocoder.Hit;
import java.util.Comparator;

/** The deterministic order of hits (spec §10.2): score desc, importance desc, id asc. */
public final class HitOrder {

  /** Best first. */
  public static final Comparator<Hit> BEST_FIRST =
      Comparator.comparingDouble(Hit::score)
          .reversed()
          .thenComparing(
              Comparator.comparingDouble((Hit h) -> h.document().importance()).reversed())
          .thenComparing(h -> h.document().id());

  /** Nearest first, for reverse geocoding; then the search order. */
  public static final Comparator<Hit> NEAREST_FIRST =
      Comparator.comparingInt((Hit h) -> h.distanceMetres().orElse(Integer.MAX_VALUE))
          .thenComparing(BEST_FIRST);

  private HitOrder() {}
}
