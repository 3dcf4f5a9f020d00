package fr.gouv.ban.geocoder.index;

import fr.gouv.ban.geocoder.DocumentKind;

/**
 * Municipality, street and locality documents in columns: one array per numeric field, string
 * fields as {@link StringPool} references in one strided array, and for each document the range of
 * its housenumbers in the {@link HousenumberTable}. Document numbers follow id order.
 */
public final class DocumentTable {

  /** String fields, in their column order within {@link #refs}. */
  public enum Field {
    ID,
    BAN_ID,
    NAME,
    POSTCODES,
    CITYCODES,
    CITIES,
    DISTRICT,
    OLDCITYCODE,
    OLDCITY,
    CONTEXT,
    /** Folded name, precomputed so that scoring builds labels without folding. */
    FOLDED_NAME,
    /** Folded display city. */
    FOLDED_CITY
  }

  /** Separator of the values of a list field inside one pooled string. */
  public static final char LIST_SEPARATOR = '\u001f';

  static final int FIELDS = Field.values().length;
  private static final DocumentKind[] KINDS = DocumentKind.values();

  final byte[] kinds;
  final int[] refs;
  final int[] lons;
  final int[] lats;
  final int[] xs;
  final int[] ys;
  final float[] importances;
  final long[] populations;
  final int[] housenumberStarts;

  DocumentTable(
      byte[] kinds,
      int[] refs,
      int[] lons,
      int[] lats,
      int[] xs,
      int[] ys,
      float[] importances,
      long[] populations,
      int[] housenumberStarts) {
    this.kinds = kinds;
    this.refs = refs;
    this.lons = lons;
    this.lats = lats;
    this.xs = xs;
    this.ys = ys;
    this.importances = importances;
    this.populations = populations;
    this.housenumberStarts = housenumberStarts;
  }

  public int size() {
    return kinds.length;
  }

  public DocumentKind kind(int doc) {
    return KINDS[kinds[doc]];
  }

  public int ref(int doc, Field field) {
    return refs[doc * FIELDS + field.ordinal()];
  }

  public double lon(int doc) {
    return Fixed.degrees(lons[doc]);
  }

  public double lat(int doc) {
    return Fixed.degrees(lats[doc]);
  }

  public double x(int doc) {
    return Fixed.metres(xs[doc]);
  }

  public double y(int doc) {
    return Fixed.metres(ys[doc]);
  }

  public float importance(int doc) {
    return importances[doc];
  }

  public long population(int doc) {
    return populations[doc];
  }

  /** First housenumber of a document. */
  public int housenumberStart(int doc) {
    return housenumberStarts[doc];
  }

  /** One past the last housenumber of a document. */
  public int housenumberEnd(int doc) {
    return housenumberStarts[doc + 1];
  }

  /** The document owning a housenumber (binary search over the ranges). */
  public int documentOfHousenumber(int housenumber) {
    int low = 0;
    int high = size() - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (housenumberStarts[mid] <= housenumber) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }
}
