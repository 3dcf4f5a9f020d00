package fr.gouv.ban.geocoder.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrderedBlocksTest {
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void keepsInputOrderWhateverTheTaskDurations() {
    List<Integer> in = IntStream.range(0, 5_000).boxed().toList();
    List<Integer> out = new ArrayList<>();
    long n =
        OrderedBlocks.run(
            in.iterator(),
            7,
            8,
            i -> {
              if (ThreadLocalRandom.current().nextInt(50) == 0) {
                sleep(1);
              }
              return i * 2;
            },
            pool,
            out::add);
    assertThat(n).isEqualTo(5_000);
    assertThat(out).isEqualTo(in.stream().map(i -> i * 2).toList());
  }

  @Test
  void readsNoFurtherThanTheWindow() {
    AtomicInteger read = new AtomicInteger();
    AtomicInteger written = new AtomicInteger();
    AtomicInteger maxAhead = new AtomicInteger();
    var source =
        new java.util.Iterator<Integer>() {
          @Override
          public boolean hasNext() {
            return read.get() < 10_000;
          }

          @Override
          public Integer next() {
            maxAhead.accumulateAndGet(read.get() - written.get(), Math::max);
            return read.getAndIncrement();
          }
        };
    OrderedBlocks.run(source, 10, 4, i -> i, pool, i -> written.incrementAndGet());
    assertThat(written.get()).isEqualTo(10_000);
    assertThat(maxAhead.get()).isLessThanOrEqualTo(4 * 10); // constant memory: window × block
  }

  @Test
  void propagatesAFailureOfTheWork() {
    assertThatThrownBy(
            () ->
                OrderedBlocks.run(
                    IntStream.range(0, 100).boxed().iterator(),
                    5,
                    3,
                    i -> {
                      if (i == 42) {
                        throw new IllegalStateException("boom");
                      }
                      return i;
                    },
                    pool,
                    i -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("boom");
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
