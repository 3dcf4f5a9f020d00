package fr.gouv.ban.geocoder.index;

import java.util.Locale;

/**
 * Housenumbers of all streets in columns, grouped by street and sorted by (number, suffix) within a
 * street. Suffixes ("b", "bis", "p1") come from a small table; an id is stored only when it differs
 * from the clé d'interopérabilité derived from the street id, which is almost never: 26 million ids
 * would otherwise be the biggest item of the index.
 */
public final class HousenumberTable {

  final int[] numbers;
  final short[] suffixes;
  final int[] lons;
  final int[] lats;
  final int[] xs;
  final int[] ys;
  final int[] idRefs;
  final int[] banIdRefs;

  /** Suffix display strings and their normalised keys, as pool references. */
  final int[] suffixDisplayRefs;

  final int[] suffixKeyRefs;

  HousenumberTable(
      int[] numbers,
      short[] suffixes,
      int[] lons,
      int[] lats,
      int[] xs,
      int[] ys,
      int[] idRefs,
      int[] banIdRefs,
      int[] suffixDisplayRefs,
      int[] suffixKeyRefs) {
    this.numbers = numbers;
    this.suffixes = suffixes;
    this.lons = lons;
    this.lats = lats;
    this.xs = xs;
    this.ys = ys;
    this.idRefs = idRefs;
    this.banIdRefs = banIdRefs;
    this.suffixDisplayRefs = suffixDisplayRefs;
    this.suffixKeyRefs = suffixKeyRefs;
  }

  public int size() {
    return numbers.length;
  }

  public int number(int hn) {
    return numbers[hn];
  }

  public int suffix(int hn) {
    return suffixes[hn];
  }

  public int suffixDisplayRef(int suffix) {
    return suffixDisplayRefs[suffix];
  }

  public int suffixKeyRef(int suffix) {
    return suffixKeyRefs[suffix];
  }

  public double lon(int hn) {
    return Fixed.degrees(lons[hn]);
  }

  public double lat(int hn) {
    return Fixed.degrees(lats[hn]);
  }

  public double x(int hn) {
    return Fixed.metres(xs[hn]);
  }

  public double y(int hn) {
    return Fixed.metres(ys[hn]);
  }

  /** Pool reference of an explicit id, or {@link StringPool#NONE} when derived. */
  public int idRef(int hn) {
    return idRefs[hn];
  }

  public int banIdRef(int hn) {
    return banIdRefs[hn];
  }

  /**
   * The clé d'interopérabilité BAN derives from a street id: {@code <street>_<00008>[_<suffix>]}.
   */
  public static String derivedId(String streetId, int number, String suffix) {
    StringBuilder id = new StringBuilder(streetId.length() + 12).append(streetId).append('_');
    String digits = Integer.toString(number);
    for (int i = digits.length(); i < 5; i++) {
      id.append('0');
    }
    id.append(digits);
    if (!suffix.isEmpty()) {
      id.append('_').append(suffix.toLowerCase(Locale.ROOT));
    }
    return id.toString();
  }
}
