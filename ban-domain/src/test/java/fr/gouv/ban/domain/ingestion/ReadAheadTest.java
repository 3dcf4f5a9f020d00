package fr.gouv.ban.domain.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ReadAheadTest {
  private final List<Thread> started = new CopyOnWriteArrayList<>();

  private Thread thread(Runnable r) {
    Thread t = new Thread(r, "read-ahead-test");
    started.add(t);
    return t;
  }

  @Test
  void gives_every_element_in_order_on_another_thread() {
    List<String> readers = new CopyOnWriteArrayList<>();
    Iterator<Integer> source =
        IntStream.range(0, 1000)
            .peek(i -> readers.add(Thread.currentThread().getName()))
            .iterator();
    List<Integer> out = new ArrayList<>();
    try (ReadAhead<Integer> read = new ReadAhead<>(source, 2, this::thread)) {
      read.forEachRemaining(out::add);
      assertThat(read.hasNext()).isFalse();
      assertThatThrownBy(read::next).isInstanceOf(NoSuchElementException.class);
    }
    assertThat(out).containsExactlyElementsOf(IntStream.range(0, 1000).boxed().toList());
    assertThat(readers).containsOnly("read-ahead-test");
  }

  @Test
  @Timeout(10)
  void reads_at_most_depth_elements_ahead() throws InterruptedException {
    AtomicInteger taken = new AtomicInteger();
    Iterator<Integer> source =
        IntStream.range(0, 100).peek(i -> taken.incrementAndGet()).iterator();
    try (ReadAhead<Integer> read = new ReadAhead<>(source, 3, this::thread)) {
      assertThat(read.next()).isZero();
      while (taken.get() < 5) {
        TimeUnit.MILLISECONDS.sleep(5);
      }
      TimeUnit.MILLISECONDS.sleep(100);
      // one handed over, three queued, one waiting to be queued
      assertThat(taken.get()).isEqualTo(5);
    }
  }

  @Test
  void rethrows_the_source_failure_after_the_elements_read_before_it() {
    Iterator<Integer> source =
        IntStream.range(0, 5)
            .peek(
                i -> {
                  if (i == 3) {
                    throw new UncheckedIOException(new IOException("truncated gzip"));
                  }
                })
            .iterator();
    try (ReadAhead<Integer> read = new ReadAhead<>(source, 1, this::thread)) {
      assertThat(read.next()).isZero();
      assertThat(read.next()).isEqualTo(1);
      assertThat(read.next()).isEqualTo(2);
      assertThatThrownBy(read::hasNext)
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("truncated gzip");
    }
  }

  @Test
  @Timeout(10)
  void close_stops_a_reader_blocked_on_a_consumer_that_stopped() throws InterruptedException {
    Iterator<Integer> endless = IntStream.iterate(0, i -> i + 1).iterator();
    ReadAhead<Integer> read = new ReadAhead<>(endless, 1, this::thread);
    assertThat(read.next()).isZero();
    read.close();
    assertThat(started).hasSize(1);
    started.get(0).join(5_000);
    assertThat(started.get(0).isAlive()).isFalse();
  }
}
