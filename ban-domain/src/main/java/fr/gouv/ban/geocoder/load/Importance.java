package fr.gouv.ban.geocoder.load;

/**
 * BAN's importance of a document, as ban-plateforme computes it for addok: (ln(1 + population/3) +
 * ln(1 + number of housenumbers)) / 20, rounded to 5 decimals; a municipality counts 0 numbers, a
 * locality 1.
 */
final class Importance {

  private Importance() {}

  static double of(long population, int housenumbers) {
    double raw = (Math.log1p(population / 3.0) + Math.log1p(housenumbers)) / 20;
    return Math.round(raw * 1e5) / 1e5;
  }
}
