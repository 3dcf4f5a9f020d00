package fr.gouv.ban.domain.ingestion;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;

/**
 * Iterates over {@code source} read on a thread of its own, at most {@code depth} elements ahead:
 * an import parses its next chunk of the file while the database writes the current one (the two
 * cores were otherwise taking turns). The source's exceptions are rethrown by {@link #next} in
 * order, after the elements read before them.
 *
 * <p>{@link #close} stops the reading thread (a consumer that stops early must call it, before it
 * closes what the source reads). Not for several consumers.
 */
final class ReadAhead<T> implements Iterator<T>, AutoCloseable {
  /** What the reading thread hands over: an element, the end, or what stopped it. */
  private record Item<T>(T element, RuntimeException failure) {
    static final Item<?> END = new Item<>(null, null);
  }

  private final BlockingQueue<Item<T>> queue;
  private final Thread reader;
  private Item<T> next;

  ReadAhead(Iterator<T> source, int depth, ThreadFactory threads) {
    this.queue = new ArrayBlockingQueue<>(depth);
    this.reader = threads.newThread(() -> read(source));
    reader.start();
  }

  @SuppressWarnings("unchecked")
  private void read(Iterator<T> source) {
    try {
      while (source.hasNext()) {
        queue.put(new Item<>(source.next(), null));
      }
      queue.put((Item<T>) Item.END);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // closed: nobody reads any more
    } catch (RuntimeException e) {
      try {
        queue.put(new Item<>(null, e));
      } catch (InterruptedException closed) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading ahead", e);
      }
    }
    if (next.failure() != null) {
      throw next.failure();
    }
    return next != Item.END;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T element = next.element();
    next = null;
    return element;
  }

  /** Stops the reading thread and waits for it to end. */
  @Override
  public void close() {
    reader.interrupt();
    try {
      reader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
