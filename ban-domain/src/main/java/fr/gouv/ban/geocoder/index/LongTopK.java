package fr.gouv.ban.geocoder.index;

import java.util.Arrays;

/**
 * Keeps the k largest of a stream of longs with a primitive min-heap (the index's heaviest
 * postings, the collector's nearest candidates, a common driver's heaviest postings left out of its
 * sample).
 */
public final class LongTopK {

  private final long[] heap;
  private int size;

  public LongTopK(int k) {
    heap = new long[k];
  }

  /** Forgets the kept values (to reuse this per thread). */
  public void clear() {
    size = 0;
  }

  /** Whether k values are kept: a value must then beat {@link #smallest} to get in. */
  public boolean isFull() {
    return size == heap.length;
  }

  /** The smallest value kept (only when some are: k > 0). */
  public long smallest() {
    return heap[0];
  }

  public void offer(long value) {
    if (size < heap.length) {
      heap[size] = value;
      siftUp(size++);
    } else if (heap.length > 0 && value > heap[0]) {
      heap[0] = value;
      siftDown(0);
    }
  }

  /** The kept values, in no particular order. */
  public long[] values() {
    return Arrays.copyOf(heap, size);
  }

  /** The kept values, largest first. */
  public long[] descending() {
    long[] out = values();
    Arrays.sort(out);
    for (int i = 0, j = out.length - 1; i < j; i++, j--) {
      long t = out[i];
      out[i] = out[j];
      out[j] = t;
    }
    return out;
  }

  private void siftUp(int i) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (heap[parent] <= heap[i]) {
        return;
      }
      swap(i, parent);
      i = parent;
    }
  }

  private void siftDown(int i) {
    while (true) {
      int left = 2 * i + 1;
      if (left >= size) {
        return;
      }
      int smallest = left + 1 < size && heap[left + 1] < heap[left] ? left + 1 : left;
      if (heap[i] <= heap[smallest]) {
        return;
      }
      swap(i, smallest);
      i = smallest;
    }
  }

  private void swap(int a, int b) {
    long t = heap[a];
    heap[a] = heap[b];
    heap[b] = t;
  }
}
