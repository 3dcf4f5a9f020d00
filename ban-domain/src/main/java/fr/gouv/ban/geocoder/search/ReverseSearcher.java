package fr.gouv.ban.geocoder.search;

import fr.gouv.ban.geocoder.DocumentKind;
import fr.gouv.ban.geocoder.Filters;
import fr.gouv.ban.geocoder.GeoPoint;
import fr.gouv.ban.geocoder.Hit;
import fr.gouv.ban.geocoder.HousenumberMatch;
import fr.gouv.ban.geocoder.ReverseQuery;
import fr.gouv.ban.geocoder.index.CompactIndex;
import fr.gouv.ban.geocoder.index.DocumentTable;
import fr.gouv.ban.geocoder.index.SpatialGrid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntConsumer;

/**
 * True nearest-neighbour reverse geocoding (spec §10.3) over the spatial grid: rings of cells are
 * read outwards from the point until the {@code limit} nearest documents are certain (every unread
 * cell is farther than the current k-th distance) or the radius is exhausted. Each street is
 * represented by its nearest housenumber or its centre, whichever is nearer (a housenumber wins a
 * tie). Municipality centres only answer when the type filter asks for municipalities. Score =
 * exp(-(km/50)²), as addok.
 */
final class ReverseSearcher {

  private static final double METRES_PER_DEGREE = 111_195;

  private final CompactIndex index;
  private final HitAssembler assembler;

  ReverseSearcher(CompactIndex index, HitAssembler assembler) {
    this.index = index;
    this.assembler = assembler;
  }

  List<Hit> reverse(ReverseQuery query, BitSet excluded) {
    GeoPoint point = query.point();
    FilterMatcher filter = new FilterMatcher(index, query.filters());
    double cosLat = Math.cos(Math.toRadians(point.lat()));
    double cellMetres = cellMetres(cosLat);
    int cx = SpatialGrid.cellX(point.lon());
    int cy = SpatialGrid.cellY(point.lat());
    int maxRing = (int) Math.ceil(query.radiusMetres() / cellMetres) + 1;
    Candidates found = new Candidates();
    for (int ring = 0; ring <= maxRing; ring++) {
      visitRing(cx, cy, ring, p -> consider(p, point, cosLat, query, filter, excluded, found));
      double certain = ring * cellMetres;
      if (found.countWithin(certain, query.limit(), index) >= query.limit()) {
        break;
      }
    }
    return found.best(query, index, assembler);
  }

  /**
   * Documents with a housenumber or centre within {@code radius} of {@code centre}, nearest first.
   */
  int[] documentsNear(GeoPoint centre, double radiusMetres, BitSet excluded) {
    double cosLat = Math.cos(Math.toRadians(centre.lat()));
    ReverseQuery query = new ReverseQuery(centre, 1, radiusMetres, Filters.NONE);
    FilterMatcher none = new FilterMatcher(index, Filters.NONE);
    Candidates found = new Candidates();
    int rings = (int) Math.ceil(radiusMetres / cellMetres(cosLat)) + 1;
    int cx = SpatialGrid.cellX(centre.lon());
    int cy = SpatialGrid.cellY(centre.lat());
    for (int ring = 0; ring <= rings; ring++) {
      visitRing(cx, cy, ring, p -> consider(p, centre, cosLat, query, none, excluded, found));
    }
    return found.distinctDocuments(index);
  }

  private static double cellMetres(double cosLat) {
    return Math.min(
        SpatialGrid.CELL_LAT * METRES_PER_DEGREE,
        SpatialGrid.CELL_LON * METRES_PER_DEGREE * Math.max(cosLat, 0.01));
  }

  private void visitRing(int cx, int cy, int ring, IntConsumer visitor) {
    SpatialGrid grid = index.grid();
    if (ring == 0) {
      grid.visitRow(cy, cx, cx, visitor);
      return;
    }
    grid.visitRow(cy - ring, cx - ring, cx + ring, visitor);
    grid.visitRow(cy + ring, cx - ring, cx + ring, visitor);
    for (int y = cy - ring + 1; y <= cy + ring - 1; y++) {
      grid.visitRow(y, cx - ring, cx - ring, visitor);
      grid.visitRow(y, cx + ring, cx + ring, visitor);
    }
  }

  private void consider(
      int point,
      GeoPoint origin,
      double cosLat,
      ReverseQuery query,
      FilterMatcher filter,
      BitSet excluded,
      Candidates found) {
    DocumentTable docs = index.documents();
    int hnCount = index.grid().housenumberCount();
    boolean isNumber = point < hnCount;
    boolean needsDocument = excluded != null || !filter.isEmpty() || !isNumber;
    int doc = !needsDocument ? -1 : isNumber ? docs.documentOfHousenumber(point) : point - hnCount;
    if (excluded != null && excluded.get(doc)) {
      return;
    }
    DocumentKind kind = isNumber ? DocumentKind.HOUSENUMBER : docs.kind(doc);
    boolean kindAllowed =
        kind == DocumentKind.MUNICIPALITY
            ? query.filters().types().contains(DocumentKind.MUNICIPALITY)
            : filter.acceptsKind(kind);
    if (!kindAllowed || (doc >= 0 && !filter.isEmpty() && !filter.acceptsDocument(doc))) {
      return;
    }
    double lon = isNumber ? index.housenumbers().lon(point) : docs.lon(doc);
    double lat = isNumber ? index.housenumbers().lat(point) : docs.lat(doc);
    if (!filter.acceptsPosition(lon, lat)) {
      return;
    }
    double dx = (lon - origin.lon()) * cosLat * METRES_PER_DEGREE;
    double dy = (lat - origin.lat()) * METRES_PER_DEGREE;
    double metres = Math.sqrt(dx * dx + dy * dy);
    if (metres <= query.radiusMetres()) {
      found.add(metres, point);
    }
  }

  /** Points seen so far, as (distance in mm, point) pairs sorted on demand. */
  private static final class Candidates {
    private long[] keys = new long[64];
    private int size;

    void add(double metres, int point) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
      }
      // distance in millimetres (34 bits) then point id (28 bits): sorting sorts by distance, then
      // puts housenumbers (smaller point ids) before centres at the same distance
      keys[size++] = ((long) (metres * 1000) << 28) | point;
    }

    /** Distinct documents among points within {@code metres}, counting up to {@code wanted}. */
    int countWithin(double metres, int wanted, CompactIndex index) {
      long bound = (long) (metres * 1000) << 28;
      int within = 0;
      for (int i = 0; i < size; i++) {
        if (keys[i] <= bound) {
          within++;
        }
      }
      if (within < wanted || within == 0) {
        return within; // not enough points, let alone documents: no need to sort
      }
      if (wanted == 1) {
        return 1;
      }
      long[] sorted = Arrays.copyOf(keys, size);
      Arrays.sort(sorted);
      int[] seen = new int[wanted];
      int count = 0;
      for (long key : sorted) {
        if (key > bound || count == wanted) {
          break;
        }
        int doc = docOf(key, index);
        if (!contains(seen, count, doc)) {
          seen[count++] = doc;
        }
      }
      return count;
    }

    int[] distinctDocuments(CompactIndex index) {
      long[] sorted = Arrays.copyOf(keys, size);
      Arrays.sort(sorted);
      BitSet seen = new BitSet();
      int[] docs = new int[size];
      int count = 0;
      for (long key : sorted) {
        int doc = docOf(key, index);
        if (!seen.get(doc)) {
          seen.set(doc);
          docs[count++] = doc;
        }
      }
      return Arrays.copyOf(docs, count);
    }

    List<Hit> best(ReverseQuery query, CompactIndex index, HitAssembler assembler) {
      long[] sorted = Arrays.copyOf(keys, size);
      Arrays.sort(sorted);
      int[] seen = new int[query.limit()];
      int count = 0;
      List<Hit> hits = new ArrayList<>();
      int hnCount = index.grid().housenumberCount();
      for (long key : sorted) {
        if (count == query.limit()) {
          break;
        }
        int point = (int) (key & ((1 << 28) - 1));
        int doc = docOf(key, index);
        if (contains(seen, count, doc)) {
          continue;
        }
        seen[count++] = doc;
        int hn = point < hnCount ? point : -1;
        double lon = hn >= 0 ? index.housenumbers().lon(hn) : index.documents().lon(doc);
        double lat = hn >= 0 ? index.housenumbers().lat(hn) : index.documents().lat(doc);
        double metres = query.point().distanceMetres(lat, lon);
        double km = metres / 1000;
        hits.add(
            assembler.assemble(
                doc,
                hn,
                HousenumberMatch.NONE,
                Math.exp(-(km / 50) * (km / 50)),
                OptionalInt.of((int) Math.round(metres))));
      }
      return hits;
    }

    private static int docOf(long key, CompactIndex index) {
      int point = (int) (key & ((1 << 28) - 1));
      int hnCount = index.grid().housenumberCount();
      return point < hnCount ? index.documents().documentOfHousenumber(point) : point - hnCount;
    }

    private static boolean contains(int[] values, int count, int value) {
      for (int i = 0; i < count; i++) {
        if (values[i] == value) {
          return true;
        }
      }
      return false;
    }
  }
}
