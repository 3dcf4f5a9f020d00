package fr.gouv.ban.geocoder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class RankedCandidatesTest {

  private record Candidate(int informative, boolean numbered, float weight, int doc) {}

  /** The order the collector ranks by: evaluating the number of every candidate. */
  private static final Comparator<Candidate> RANK =
      Comparator.comparingInt(Candidate::informative)
          .thenComparing(Candidate::numbered)
          .thenComparing(Candidate::weight)
          .thenComparing(Candidate::doc, Comparator.reverseOrder())
          .reversed();

  @Test
  void picksAsIfEveryNumberWereKnownButAsksForFewer() {
    SplittableRandom random = new SplittableRandom(7);
    long asked = 0;
    long total = 0;
    for (int round = 0; round < 300; round++) {
      int size = random.nextInt(0, 3_000);
      int budget = 1 + random.nextInt(60);
      double numberedShare = random.nextDouble();
      List<Candidate> all = new ArrayList<>();
      RankedCandidates ranked = new RankedCandidates();
      ranked.clear();
      boolean[] numbered = new boolean[size * 2];
      for (int doc = 0; doc < size; doc++) {
        int informative = random.nextInt(4);
        // coarse weights: ties broken by document
        float weight = 0.5f + random.nextInt(20) / 4f;
        numbered[doc] = random.nextDouble() < numberedShare;
        all.add(new Candidate(informative, numbered[doc], weight, doc));
        ranked.add(informative, weight, doc);
      }
      AtomicInteger calls = new AtomicInteger();
      IntPredicate hasNumber =
          doc -> {
            calls.incrementAndGet();
            return numbered[doc];
          };
      all.sort(RANK);
      int[] expected =
          all.subList(0, Math.min(budget, size)).stream().mapToInt(Candidate::doc).toArray();
      assertThat(ranked.top(budget, hasNumber)).containsExactlyInAnyOrder(expected);
      asked += calls.get();
      total += size;
    }
    assertThat(asked).isLessThan(total / 3);
  }

  @Test
  void ranksByTierAndWeightWithoutANumber() {
    RankedCandidates ranked = new RankedCandidates();
    ranked.clear();
    ranked.add(1, 9f, 4);
    ranked.add(2, 1f, 7);
    ranked.add(2, 1f, 3);
    ranked.add(0, 50f, 1);
    assertThat(ranked.top(3, null)).containsExactly(3, 7, 4);
    ranked.clear();
    assertThat(ranked.top(3, null)).isEmpty();
  }
}
