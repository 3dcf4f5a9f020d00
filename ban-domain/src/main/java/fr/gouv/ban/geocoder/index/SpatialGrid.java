package fr.gouv.ban.geocoder.index;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A regular longitude/latitude grid over every housenumber and every document centre, for reverse
 * geocoding and geo-biased search. Points are sorted by cell; a cell is found by binary search over
 * the sorted non-empty cell keys. A point id below the housenumber count is a housenumber,
 * otherwise {@code id - housenumberCount} is a document whose centre it is.
 */
public final class SpatialGrid {

  /** Cell height in degrees (about 167 m). */
  public static final double CELL_LAT = 0.0015;

  /** Cell width in degrees (about 148 m at 48°N). */
  public static final double CELL_LON = 0.002;

  private static final int X_BITS = 18;
  private static final int POINT_BITS = 28;

  private final long[] cellKeys;
  private final int[] cellStarts;
  private final int[] points;
  private final int housenumberCount;

  SpatialGrid(long[] cellKeys, int[] cellStarts, int[] points, int housenumberCount) {
    this.cellKeys = cellKeys;
    this.cellStarts = cellStarts;
    this.points = points;
    this.housenumberCount = housenumberCount;
  }

  static SpatialGrid build(DocumentTable docs, HousenumberTable housenumbers) {
    int hnCount = housenumbers.size();
    int total = hnCount + docs.size();
    if (total >= 1 << POINT_BITS) {
      throw new IllegalStateException("too many points for the grid: " + total);
    }
    long[] packed = new long[total];
    for (int hn = 0; hn < hnCount; hn++) {
      packed[hn] = (cellKey(housenumbers.lon(hn), housenumbers.lat(hn)) << POINT_BITS) | hn;
    }
    for (int doc = 0; doc < docs.size(); doc++) {
      packed[hnCount + doc] =
          (cellKey(docs.lon(doc), docs.lat(doc)) << POINT_BITS) | (hnCount + doc);
    }
    Arrays.sort(packed);
    long[] keys = new long[total];
    int[] starts = new int[total + 1];
    int[] points = new int[total];
    int cells = 0;
    for (int i = 0; i < total; i++) {
      long key = packed[i] >>> POINT_BITS;
      if (cells == 0 || keys[cells - 1] != key) {
        keys[cells] = key;
        starts[cells] = i;
        cells++;
      }
      points[i] = (int) (packed[i] & ((1L << POINT_BITS) - 1));
    }
    starts[cells] = total;
    return new SpatialGrid(
        Arrays.copyOf(keys, cells), Arrays.copyOf(starts, cells + 1), points, hnCount);
  }

  public static int cellX(double lon) {
    return (int) Math.floor((lon + 180) / CELL_LON);
  }

  public static int cellY(double lat) {
    return (int) Math.floor((lat + 90) / CELL_LAT);
  }

  private static long cellKey(double lon, double lat) {
    return ((long) cellY(lat) << X_BITS) | cellX(lon);
  }

  public int housenumberCount() {
    return housenumberCount;
  }

  /** Visits every point of the cells of row {@code cy} from column {@code cx0} to {@code cx1}. */
  public void visitRow(int cy, int cx0, int cx1, IntConsumer visitor) {
    long from = ((long) cy << X_BITS) | Math.max(cx0, 0);
    long to = ((long) cy << X_BITS) | cx1;
    int cell = lowerBound(from);
    for (; cell < cellKeys.length && cellKeys[cell] <= to; cell++) {
      for (int i = cellStarts[cell]; i < cellStarts[cell + 1]; i++) {
        visitor.accept(points[i]);
      }
    }
  }

  private int lowerBound(long key) {
    int low = 0;
    int high = cellKeys.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (cellKeys[mid] < key) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  long[] cellKeys() {
    return cellKeys;
  }

  int[] cellStarts() {
    return cellStarts;
  }

  int[] points() {
    return points;
  }
}
