package fr.gouv.ban.geocoder.index;

import fr.gouv.ban.geocoder.AddressDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Builder-side document columns, in insertion order until {@link #freeze}. */
final class DocumentColumns {

  private final List<String> ids = new ArrayList<>();
  private final IntList kinds = new IntList();
  private final IntList refs = new IntList();
  private final IntList lons = new IntList();
  private final IntList lats = new IntList();
  private final IntList xs = new IntList();
  private final IntList ys = new IntList();
  private final FloatList importances = new FloatList();
  private final List<Long> populations = new ArrayList<>();
  private final IntList housenumberStarts = new IntList();

  int size() {
    return ids.size();
  }

  void add(AddressDocument doc, int[] docRefs, int firstHousenumber) {
    ids.add(doc.id());
    kinds.add(doc.kind().ordinal());
    for (int ref : docRefs) {
      refs.add(ref);
    }
    lons.add(Fixed.degrees(doc.lon()));
    lats.add(Fixed.degrees(doc.lat()));
    xs.add(Fixed.metres(doc.x()));
    ys.add(Fixed.metres(doc.y()));
    importances.add((float) doc.importance());
    populations.add(doc.population());
    housenumberStarts.add(firstHousenumber);
  }

  /** Temporary numbers sorted by id: the final document order, which makes ties reproducible. */
  int[] idOrder() {
    Integer[] order = new Integer[ids.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing(ids::get));
    return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }

  /** For each temporary document, {start, end} of its housenumbers in insertion order. */
  int[][] housenumberRanges() {
    int[][] ranges = new int[size()][];
    for (int t = 0; t < size(); t++) {
      int end = t + 1 < size() ? housenumberStarts.get(t + 1) : -1;
      ranges[t] = new int[] {housenumberStarts.get(t), end};
    }
    return ranges;
  }

  DocumentTable freeze(int[] order, int[] housenumberStartsInOrder) {
    int n = order.length;
    byte[] kindArray = new byte[n];
    int[] refArray = new int[n * DocumentTable.FIELDS];
    int[] lonArray = new int[n];
    int[] latArray = new int[n];
    int[] xArray = new int[n];
    int[] yArray = new int[n];
    float[] importanceArray = new float[n];
    long[] populationArray = new long[n];
    for (int i = 0; i < n; i++) {
      int t = order[i];
      kindArray[i] = (byte) kinds.get(t);
      for (int f = 0; f < DocumentTable.FIELDS; f++) {
        refArray[i * DocumentTable.FIELDS + f] = refs.get(t * DocumentTable.FIELDS + f);
      }
      lonArray[i] = lons.get(t);
      latArray[i] = lats.get(t);
      xArray[i] = xs.get(t);
      yArray[i] = ys.get(t);
      importanceArray[i] = importances.get(t);
      populationArray[i] = populations.get(t);
    }
    return new DocumentTable(
        kindArray,
        refArray,
        lonArray,
        latArray,
        xArray,
        yArray,
        importanceArray,
        populationArray,
        housenumberStartsInOrder);
  }
}
