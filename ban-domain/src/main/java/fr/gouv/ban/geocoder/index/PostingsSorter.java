package fr.gouv.ban.geocoder.index;

import java.util.Arrays;

/**
 * Turns (term, document, weight) triples into {@link Postings}: counting sort by term, then by
 * document.
 */
final class PostingsSorter {

  private PostingsSorter() {}

  static Postings sort(
      IntList terms,
      IntList docs,
      FloatList weights,
      int[] rankOfTemp,
      int[] newDocOfTemp,
      int termCount) {
    int total = terms.size();
    int[] starts = new int[termCount + 1];
    for (int i = 0; i < total; i++) {
      starts[rankOfTemp[terms.get(i)] + 1]++;
    }
    for (int t = 0; t < termCount; t++) {
      starts[t + 1] += starts[t];
    }
    int[] fill = Arrays.copyOf(starts, termCount);
    // document in the high half, weight bits in the low half: sorting a range sorts by document
    long[] packed = new long[total];
    for (int i = 0; i < total; i++) {
      int rank = rankOfTemp[terms.get(i)];
      packed[fill[rank]++] =
          ((long) newDocOfTemp[docs.get(i)] << 32)
              | (Float.floatToIntBits(weights.get(i)) & 0xffffffffL);
    }
    int[] docArray = new int[total];
    float[] weightArray = new float[total];
    for (int t = 0; t < termCount; t++) {
      Arrays.sort(packed, starts[t], starts[t + 1]);
    }
    for (int i = 0; i < total; i++) {
      docArray[i] = (int) (packed[i] >>> 32);
      weightArray[i] = Float.intBitsToFloat((int) packed[i]);
    }
    return new Postings(starts, docArray, weightArray);
  }
}
