package fr.gouv.ban.geocoder.batch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A bounded, order-preserving parallel map: the calling thread reads items in blocks, each block is
 * mapped on the executor, and results reach the sink in input order, by the calling thread. At most
 * {@code window} blocks are in flight, so memory stays constant whatever the input length (the
 * reader waits for the oldest block when the window is full).
 */
public final class OrderedBlocks {
  private OrderedBlocks() {}

  /**
   * @param source items, read by the calling thread only
   * @param blockSize items per task (small: a few dozen)
   * @param window blocks in flight at most (a few per worker thread)
   * @param work mapping of one item; must be thread-safe
   * @param sink receives every result in input order, on the calling thread
   * @return number of items processed
   */
  public static <T, R> long run(
      Iterator<T> source,
      int blockSize,
      int window,
      Function<? super T, ? extends R> work,
      Executor executor,
      Consumer<? super R> sink) {
    if (blockSize < 1 || window < 1) {
      throw new IllegalArgumentException("block size and window must be positive");
    }
    ArrayDeque<CompletableFuture<List<R>>> inFlight = new ArrayDeque<>(window);
    long count = 0;
    try {
      while (source.hasNext()) {
        List<T> block = new ArrayList<>(blockSize);
        while (block.size() < blockSize && source.hasNext()) {
          block.add(source.next());
        }
        count += block.size();
        inFlight.add(CompletableFuture.supplyAsync(() -> map(block, work), executor));
        while (inFlight.size() >= window) {
          drainOne(inFlight, sink);
        }
      }
      while (!inFlight.isEmpty()) {
        drainOne(inFlight, sink);
      }
      return count;
    } finally {
      inFlight.forEach(f -> f.cancel(false)); // on failure: queued blocks are not mapped
    }
  }

  private static <T, R> List<R> map(List<T> block, Function<? super T, ? extends R> work) {
    List<R> out = new ArrayList<>(block.size());
    for (T item : block) {
      out.add(work.apply(item));
    }
    return out;
  }

  private static <R> void drainOne(
      ArrayDeque<CompletableFuture<List<R>>> inFlight, Consumer<? super R> sink) {
    List<R> results;
    try {
      results = inFlight.poll().join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    } catch (CancellationException e) {
      throw new IllegalStateException("batch cancelled", e);
    }
    results.forEach(sink);
  }
}
