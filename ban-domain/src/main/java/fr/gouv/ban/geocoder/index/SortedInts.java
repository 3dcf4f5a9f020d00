package fr.gouv.ban.geocoder.index;

/** Searches in ascending int arrays (posting lists, sorted candidate documents). */
public final class SortedInts {
  private SortedInts() {}

  /**
   * First index in {@code [from, end)} whose value is at least {@code value}, or {@code end}: a
   * galloping search from {@code from}, cheap when the values looked for come in increasing order
   * (the next one is near, and memory is read forward).
   */
  public static int seek(int[] sorted, int from, int end, int value) {
    int step = 1;
    int low = from;
    int high = from;
    while (high < end && sorted[high] < value) {
      low = high + 1;
      high = from + step;
      step <<= 1;
    }
    high = Math.min(high, end);
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
