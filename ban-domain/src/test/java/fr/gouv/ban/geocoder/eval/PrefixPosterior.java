package fr.gouv.ban.geocoder.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Bayes-optimal answer to an autocomplete prefix under the exact distribution the harness draws
 * them from, hence the best top-1 (and top-5) any ranker can reach on that kind.
 *
 * <p>The harness draws an address uniformly, then {@code u} uniform in [0, 1), and types the
 * housenumber, a space and the first {@code p = ceil(L × (0.6 + 0.3 u))} characters of the street
 * name of length {@code L}. So {@code P(p | L) = |((p - 1)/L, p/L] ∩ [0.6, 0.9)| / 0.3} (0 outside
 * the 60-90 % window, about 1/(0.3 L) inside, less for the two end cut points). For one query
 * string {@code q = N + " " + prefix}, the addresses that could have typed it are those with the
 * very same housenumber text whose name starts with {@code prefix} and admits that cut; each weighs
 * {@code P(p | L)} (addresses being equally likely) and {@code P(a | q)} is its weight over their
 * sum. Always answering the likeliest address gets {@code E[max_a P(a | q)]}: the ceiling.
 *
 * <p>The older "length-blind" figure (mean of 1/k over every same-number address whose name starts
 * with the prefix) is the ceiling of a ranker that gets no information from where the typing
 * stopped: right for a user who stops independently of the name's length, not for this generator,
 * which is why the engine could beat it.
 */
final class PrefixPosterior {

  static final double MIN_FRACTION = 0.6;
  static final double SPAN = 0.3;

  /** Exact housenumber text → its addresses. */
  private final Map<String, List<EvalAddress>> byHousenumber;

  private final int addressCount;

  PrefixPosterior(List<EvalAddress> addresses) {
    this.byHousenumber =
        addresses.stream().collect(Collectors.groupingBy(EvalAddress::housenumber));
    this.addressCount = addresses.size();
  }

  /**
   * The harness's cut: how many characters of a name of {@code length} are typed, for {@code u}.
   */
  static int cut(int length, double u) {
    return (int) Math.ceil(length * (MIN_FRACTION + SPAN * u));
  }

  /**
   * P(the harness types the first {@code p} characters | a name of {@code length} characters), in
   * integers: the window is [6L, 9L) in tenths, the cut p covers (10(p - 1), 10p].
   */
  static double cutProbability(int p, int length) {
    long covered = Math.min(10L * p, 9L * length) - Math.max(10L * (p - 1), 6L * length);
    return covered <= 0 ? 0 : covered / (3.0 * length);
  }

  /**
   * P(address | the query {@code housenumber + " " + prefix}) for every address that could have
   * generated exactly that string, by id, {@code first} first (the address the query was drawn
   * from, so never empty).
   */
  Map<String, Double> posterior(String housenumber, String prefix, String first) {
    Map<String, Double> weights = new LinkedHashMap<>();
    weights.put(first, 0.0);
    double total = 0;
    for (EvalAddress other : byHousenumber.getOrDefault(housenumber, List.of())) {
      if (other.street().startsWith(prefix)) {
        double w = cutProbability(prefix.length(), other.street().length());
        if (w > 0) {
          weights.put(other.id(), w);
          total += w;
        }
      }
    }
    final double sum = total;
    weights.replaceAll((id, w) -> w / sum);
    return weights;
  }

  /** Sum of the {@code n} largest posteriors: the best top-n for that query. */
  static double best(Map<String, Double> posterior, int n) {
    return posterior.values().stream()
        .sorted((a, b) -> Double.compare(b, a))
        .limit(n)
        .mapToDouble(Double::doubleValue)
        .sum();
  }

  /**
   * The exact ceilings over the whole query distribution (not a sample): {@code Σ_q max_a P(a, q)}
   * and the same with the {@code n} likeliest, enumerating every address and every cut it admits.
   *
   * @return {top-1, top-n}
   */
  double[] exactCeilings(int n) {
    double top1 = 0;
    double topN = 0;
    for (List<EvalAddress> sameNumber : byHousenumber.values()) {
      Map<String, List<Double>> byQuery = new HashMap<>();
      for (EvalAddress a : sameNumber) {
        int length = a.street().length();
        for (int p = Math.max(1, 6 * length / 10); p <= length; p++) {
          double w = cutProbability(p, length);
          if (w > 0) {
            byQuery.computeIfAbsent(a.street().substring(0, p), x -> new ArrayList<>(2)).add(w);
          }
        }
      }
      for (List<Double> joint : byQuery.values()) {
        double[] w = joint.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(w);
        top1 += w[w.length - 1];
        for (int i = w.length - 1; i >= Math.max(0, w.length - n); i--) {
          topN += w[i];
        }
      }
    }
    return new double[] {top1 / addressCount, topN / addressCount};
  }
}
