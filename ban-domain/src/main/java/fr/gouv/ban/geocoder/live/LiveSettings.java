package fr.gouv.ban.geocoder.live;

import fr.gouv.ban.geocoder.search.SearchSettings;

/**
 * Tuning of the live geocoder.
 *
 * @param mergeThreshold overlay size (documents) from which a background merge starts; the overlay
 *     is re-indexed on every change, so it must stay small
 * @param search settings of the search engines
 */
public record LiveSettings(int mergeThreshold, SearchSettings search) {

  public static final LiveSettings DEFAULTS = new LiveSettings(500, SearchSettings.DEFAULTS);

  public LiveSettings {
    if (mergeThreshold < 1) {
      throw new IllegalArgumentException("mergeThreshold must be positive");
    }
  }
}
