package fr.gouv.ban.geocoder.index;

import fr.gouv.ban.geocoder.HousenumberEntry;
import fr.gouv.ban.geocoder.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builder-side housenumber columns, in insertion order until {@link #freeze}. */
final class HousenumberColumns {

  record Frozen(HousenumberTable table, int[] starts) {}

  private final StringPool.Builder strings;
  private final TextNormalizer normalizer;
  private final IntList numbers = new IntList();
  private final IntList suffixes = new IntList();
  private final IntList lons = new IntList();
  private final IntList lats = new IntList();
  private final IntList xs = new IntList();
  private final IntList ys = new IntList();
  private final IntList idRefs = new IntList();
  private final IntList banIdRefs = new IntList();
  private final Map<String, Integer> suffixIds = new HashMap<>();
  private final List<String> suffixDisplays = new ArrayList<>();
  private final List<String> suffixKeys = new ArrayList<>();

  HousenumberColumns(StringPool.Builder strings, TextNormalizer normalizer) {
    this.strings = strings;
    this.normalizer = normalizer;
  }

  int size() {
    return numbers.size();
  }

  void add(HousenumberEntry entry, String streetId) {
    String text = entry.number().strip();
    int digits = 0;
    while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
      digits++;
    }
    int number = digits == 0 ? 0 : Integer.parseInt(text.substring(0, Math.min(digits, 9)));
    String suffix = text.substring(digits).replace(" ", "");
    numbers.add(number);
    suffixes.add(suffixId(suffix, number));
    lons.add(Fixed.degrees(entry.lon()));
    lats.add(Fixed.degrees(entry.lat()));
    xs.add(Fixed.metres(entry.x()));
    ys.add(Fixed.metres(entry.y()));
    boolean derived = entry.id().equals(HousenumberTable.derivedId(streetId, number, suffix));
    idRefs.add(derived ? StringPool.NONE : strings.add(entry.id()));
    banIdRefs.add(strings.add(entry.banId()));
  }

  private int suffixId(String suffix, int number) {
    return suffixIds.computeIfAbsent(
        suffix,
        s -> {
          String key = normalizer.housenumberKey(number + s);
          suffixDisplays.add(s);
          suffixKeys.add(key.substring(Integer.toString(number).length()));
          return suffixDisplays.size() - 1;
        });
  }

  /** Reorders numbers by final document order, then by (number, suffix key) in a street. */
  Frozen freeze(int[][] tempRanges, int[] docOrder) {
    int total = size();
    int[] order = new int[total];
    int[] starts = new int[docOrder.length + 1];
    int at = 0;
    for (int i = 0; i < docOrder.length; i++) {
      int[] range = tempRanges[docOrder[i]];
      int end = range[1] < 0 ? total : range[1];
      starts[i] = at;
      Integer[] local = new Integer[end - range[0]];
      for (int k = 0; k < local.length; k++) {
        local[k] = range[0] + k;
      }
      Arrays.sort(local, (a, b) -> compare(a, b));
      for (Integer hn : local) {
        order[at++] = hn;
      }
    }
    starts[docOrder.length] = at;
    int[] suffixDisplayRefs = suffixDisplays.stream().mapToInt(strings::add).toArray();
    int[] suffixKeyRefs = suffixKeys.stream().mapToInt(strings::add).toArray();
    HousenumberTable table =
        new HousenumberTable(
            permute(numbers, order),
            permuteShort(order),
            permute(lons, order),
            permute(lats, order),
            permute(xs, order),
            permute(ys, order),
            permute(idRefs, order),
            permute(banIdRefs, order),
            suffixDisplayRefs,
            suffixKeyRefs);
    return new Frozen(table, starts);
  }

  private int compare(int a, int b) {
    int byNumber = Integer.compare(numbers.get(a), numbers.get(b));
    return byNumber != 0
        ? byNumber
        : suffixKeys.get(suffixes.get(a)).compareTo(suffixKeys.get(suffixes.get(b)));
  }

  private static int[] permute(IntList values, int[] order) {
    int[] out = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      out[i] = values.get(order[i]);
    }
    return out;
  }

  private short[] permuteShort(int[] order) {
    if (suffixDisplays.size() > Short.MAX_VALUE) {
      throw new IllegalStateException("too many distinct housenumber suffixes");
    }
    short[] out = new short[order.length];
    for (int i = 0; i < order.length; i++) {
      out[i] = (short) suffixes.get(order[i]);
    }
    return out;
  }
}
