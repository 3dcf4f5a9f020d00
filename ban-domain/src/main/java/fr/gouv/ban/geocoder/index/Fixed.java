package fr.gouv.ban.geocoder.index;

/**
 * Fixed-point encodings: degrees as micro-degrees (about 11 cm, the precision of the BAN exports)
 * and projected metres as centimetres, both in an int, half the size of a double.
 */
final class Fixed {

  static final int UNKNOWN = Integer.MIN_VALUE;

  private Fixed() {}

  static int degrees(double value) {
    return (int) Math.round(value * 1e6);
  }

  static double degrees(int value) {
    return value / 1e6;
  }

  static int metres(double value) {
    return Double.isNaN(value) ? UNKNOWN : (int) Math.round(value * 100);
  }

  static double metres(int value) {
    return value == UNKNOWN ? Double.NaN : value / 100.0;
  }
}
