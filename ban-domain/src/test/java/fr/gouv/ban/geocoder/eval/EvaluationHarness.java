package fr.gouv.ban.geocoder.eval;

import fr.gouv.ban.geocoder.AddressDocument;
import fr.gouv.ban.geocoder.DocumentKind;
import fr.gouv.ban.geocoder.GeoPoint;
import fr.gouv.ban.geocoder.Geocoder;
import fr.gouv.ban.geocoder.Hit;
import fr.gouv.ban.geocoder.HousenumberMatch;
import fr.gouv.ban.geocoder.ReverseQuery;
import fr.gouv.ban.geocoder.SearchQuery;
import fr.gouv.ban.geocoder.TestData;
import fr.gouv.ban.geocoder.index.CompactIndex;
import fr.gouv.ban.geocoder.index.IndexBuilder;
import fr.gouv.ban.geocoder.load.AddokNdjsonLoader;
import fr.gouv.ban.geocoder.load.BanCsvLoader;
import fr.gouv.ban.geocoder.search.IndexGeocoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Top-1 accuracy of the geocoder per kind of query, on the real Paris extract (BAN CSV) and on the
 * Nouvelle-Calédonie addok export (ndjson), with seeded sampling (same queries on every run).
 *
 * <p>Usage: {@code EvaluationHarness [perKind] [seed] [--misses] [--dataset=paris|caledonia]
 * [--kinds=clean,prefix,...]}. Reads {@code ban.data.dir} like the tests.
 *
 * <p>What "right" means, per kind (the exact BAN id of the sampled address unless said otherwise):
 *
 * <ul>
 *   <li>clean {@code N street CP city}, without postcode, abbreviations, one typo (one edit in a
 *       word of at least 5 letters, first letter kept), noise words (building parts, "France",
 *       "chez …"): the exact address.
 *   <li>wrong postcode (another postcode of the dataset): the exact address despite it (our rule,
 *       §10.2). addok treats the postcode as one more word: the street is still gathered by its
 *       other words and only the label score drops, so it mostly finds it too, but it can prefer a
 *       same-named street in the postcode given (spec §9b item 4).
 *   <li>unknown housenumber (a number of the same parity that no street of that name in the commune
 *       has; streets whose name starts with a number, Paris's 1,177 one-address "8P3 Rue …"
 *       sub-ways, are left out): the same street document, flagged {@code NEAREST}, at its nearest
 *       existing number on the same side (§10.2; addok returns the street centre).
 *   <li>autocomplete prefix ({@code N} + the first 60-90 % of the street name, autocomplete on):
 *       the exact address. Such a prefix often fits several addresses ("118 Boulevard", "43 Rue
 *       Jac"): the {@code ceiling} columns are the Bayes-optimal top-1 and top-5 under the exact
 *       distribution the harness draws queries from (mean over the queries of the likeliest
 *       address's posterior, {@link PrefixPosterior}; the same over the whole distribution is
 *       printed below the table); {@code length-blind 1/k} is the ceiling of a ranker that learns
 *       nothing from where the typing stopped (mean of 1/k, k = addresses with that number whose
 *       name starts with the prefix). {@code top-5} is what a search box shows. The "unambiguous"
 *       kind keeps the cases with k = 1.
 *   <li>reverse at 0/20/200 m (a random bearing): the first hit is at the true nearest distance
 *       (brute force over every housenumber and street position, 1 m tolerance).
 * </ul>
 *
 * <p>Each case runs at limit 1 (accuracy, time) and at limit 5 (top-5); a first hit that differs
 * between the two is counted (it must never happen, §10.2).
 */
public final class EvaluationHarness {

  /**
   * One query and what is right for it.
   *
   * @param lengthBlind for prefixes, 1/k (k = addresses with that number whose folded name starts
   *     with the prefix), else 1
   * @param posterior for prefixes, P(address | query string) of every address that can generate
   *     that exact query under the harness's cut rule (see {@link PrefixPosterior}), the expected
   *     address first, else null
   */
  private record Case(
      String query,
      boolean autocomplete,
      Predicate<Hit> expected,
      double lengthBlind,
      Map<String, Double> posterior) {
    Case(String query, boolean autocomplete, Predicate<Hit> expected) {
      this(query, autocomplete, expected, 1, null);
    }
  }

  private interface CaseFactory {
    Case make(EvalAddress address, Random random);
  }

  private record Kind(String name, CaseFactory factory) {}

  private final String dataset;
  private final List<EvalAddress> addresses;
  private final Map<String, List<EvalAddress>> byStreet;
  private final Map<String, List<EvalAddress>> byNumber;
  private final Map<String, List<EvalAddress>> byName;
  private final PrefixPosterior prefixPosterior;
  private final List<String> postcodes;
  private final double[][] points;
  private final Geocoder geocoder;
  private final boolean printMisses;
  private int limitDependent;
  private final Map<String, Integer> avoidableMisses = new LinkedHashMap<>();

  private EvaluationHarness(
      String dataset, List<AddressDocument> documents, Geocoder geocoder, boolean printMisses) {
    this.dataset = dataset;
    this.addresses = EvalAddress.of(documents);
    this.byStreet = addresses.stream().collect(Collectors.groupingBy(EvalAddress::streetId));
    this.byNumber =
        addresses.stream()
            .collect(Collectors.groupingBy(a -> TestData.NORMALIZER.fold(a.housenumber())));
    this.byName =
        addresses.stream()
            .collect(
                Collectors.groupingBy(a -> TestData.NORMALIZER.fold(a.street()) + "|" + a.city()));
    this.prefixPosterior = new PrefixPosterior(addresses);
    this.postcodes = addresses.stream().map(EvalAddress::postcode).distinct().sorted().toList();
    List<double[]> all = new ArrayList<>();
    for (EvalAddress a : addresses) {
      all.add(new double[] {a.lat(), a.lon()});
    }
    for (AddressDocument doc : documents) {
      if (doc.kind() != DocumentKind.MUNICIPALITY && !Double.isNaN(doc.lat())) {
        all.add(new double[] {doc.lat(), doc.lon()});
      }
    }
    this.points = all.toArray(double[][]::new);
    this.geocoder = geocoder;
    this.printMisses = printMisses;
  }

  public static void main(String[] args) {
    List<String> positional =
        Arrays.stream(args).filter(a -> !a.startsWith("--")).collect(Collectors.toList());
    int perKind = positional.size() > 0 ? Integer.parseInt(positional.get(0)) : 2000;
    long seed = positional.size() > 1 ? Long.parseLong(positional.get(1)) : 42;
    boolean misses = Set.of(args).contains("--misses");
    String only = option(args, "--dataset=");
    String kinds = option(args, "--kinds=");
    Set<String> wanted = kinds == null ? null : new HashSet<>(Arrays.asList(kinds.split(",")));
    if (only == null || only.equals("paris")) {
      run("Paris (BAN CSV)", () -> parisDocuments(), perKind, seed, misses, wanted);
    }
    if (only == null || only.equals("caledonia")) {
      run(
          "Nouvelle-Calédonie (addok ndjson)",
          () -> caledoniaDocuments(),
          perKind,
          seed,
          misses,
          wanted);
    }
  }

  private static String option(String[] args, String prefix) {
    return Arrays.stream(args)
        .filter(a -> a.startsWith(prefix))
        .map(a -> a.substring(prefix.length()))
        .findFirst()
        .orElse(null);
  }

  private static List<AddressDocument> parisDocuments() {
    try {
      return new BanCsvLoader(TestData.communes()).load(TestData.parisCsv());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<AddressDocument> caledoniaDocuments() {
    try {
      return new AddokNdjsonLoader().load(TestData.caledoniaNdjson());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void run(
      String name,
      Supplier<List<AddressDocument>> source,
      int perKind,
      long seed,
      boolean misses,
      Set<String> kinds) {
    long start = System.nanoTime();
    List<AddressDocument> documents = source.get();
    CompactIndex index = new IndexBuilder(TestData.NORMALIZER).addAll(documents).build();
    System.out.printf(
        "%n### %s: %d documents, %d housenumbers, loaded and indexed in %d ms%n%n",
        name,
        index.documentCount(),
        index.housenumbers().size(),
        (System.nanoTime() - start) / 1_000_000);
    EvaluationHarness harness =
        new EvaluationHarness(
            name, documents, new IndexGeocoder(index, TestData.NORMALIZER), misses);
    harness.run(perKind, seed, kinds);
  }

  private List<Kind> kinds() {
    return List.of(
        new Kind("clean", (a, r) -> exact(a, a.housenumber() + " " + a.street() + tail(a))),
        new Kind(
            "clean, autocomplete on",
            (a, r) -> new Case(a.housenumber() + " " + a.street() + tail(a), true, sameId(a.id()))),
        new Kind(
            "without postcode",
            (a, r) -> exact(a, a.housenumber() + " " + a.street() + " " + a.city())),
        new Kind(
            "abbreviations",
            (a, r) -> {
              String street = QueryMutations.abbreviate(a.street());
              return street == null ? null : exact(a, a.housenumber() + " " + street + tail(a));
            }),
        new Kind(
            "one typo",
            (a, r) -> {
              String street = QueryMutations.typo(a.street(), r);
              return street == null || street.equals(a.street())
                  ? null
                  : exact(a, a.housenumber() + " " + street + tail(a));
            }),
        new Kind("autocomplete prefix", (a, r) -> prefix(a, r, false)),
        new Kind("autocomplete prefix, unambiguous", (a, r) -> prefix(a, r, true)),
        new Kind(
            "noise words",
            (a, r) -> {
              String[] noise = QueryMutations.NOISE.get(r.nextInt(QueryMutations.NOISE.size()));
              return exact(a, noise[0] + a.housenumber() + " " + a.street() + tail(a) + noise[1]);
            }),
        new Kind(
            "wrong postcode",
            (a, r) -> {
              String wrong = postcodes.get(r.nextInt(postcodes.size()));
              return wrong.equals(a.postcode())
                  ? null
                  : exact(a, a.housenumber() + " " + a.street() + " " + wrong + " " + a.city());
            }),
        new Kind("unknown housenumber", this::unknownNumber));
  }

  private void run(int perKind, long seed, Set<String> only) {
    System.out.println(
        "| kind | queries | top-1 | top-5 | ceiling top-1 | ceiling top-5 | length-blind 1/k |"
            + " µs/query |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (Kind kind : kinds()) {
      if (only == null || only.stream().anyMatch(kind.name()::startsWith)) {
        evaluate(kind.name(), perKind, seed, kind.factory());
      }
    }
    if (only == null || only.contains("reverse")) {
      for (int metres : new int[] {0, 20, 200}) {
        evaluateReverse(metres, perKind, seed);
      }
    }
    if (!avoidableMisses.isEmpty()) {
      double[] exact = prefixPosterior.exactCeilings(5);
      System.out.printf(
          "%nprefix ceiling over the whole distribution (every address, every cut): top-1 %.2f %%,"
              + " top-5 %.2f %%%n",
          100 * exact[0], 100 * exact[1]);
      avoidableMisses.forEach(
          (kind, count) ->
              System.out.printf(
                  "misses [%s] choosing an address less likely than the best: %d%n", kind, count));
    }
    System.out.printf("%nfirst hit different at limit 1 and limit 5: %d cases%n", limitDependent);
  }

  private static String tail(EvalAddress a) {
    return " " + a.postcode() + " " + a.city();
  }

  private static Predicate<Hit> sameId(String id) {
    return hit -> hit.document().id().equals(id);
  }

  private static Case exact(EvalAddress a, String query) {
    return new Case(query, false, sameId(a.id()));
  }

  private Case prefix(EvalAddress a, Random r, boolean unambiguousOnly) {
    int length = PrefixPosterior.cut(a.street().length(), r.nextDouble());
    String prefix = a.street().substring(0, Math.min(length, a.street().length()));
    long k = completions(a, prefix);
    if (unambiguousOnly && k > 1) {
      return null;
    }
    return new Case(
        a.housenumber() + " " + prefix,
        true,
        sameId(a.id()),
        1.0 / k,
        prefixPosterior.posterior(a.housenumber(), prefix, a.id()));
  }

  /** Addresses with the same number whose street starts like {@code prefix} (folded). */
  private long completions(EvalAddress a, String prefix) {
    String folded = TestData.NORMALIZER.fold(prefix);
    return byNumber.get(TestData.NORMALIZER.fold(a.housenumber())).stream()
        .filter(other -> TestData.NORMALIZER.fold(other.street()).startsWith(folded))
        .count();
  }

  /**
   * A number of the same parity that the street lacks; right is that street at its nearest number
   * on the same side (either side when that side has none).
   */
  private Case unknownNumber(EvalAddress a, Random random) {
    if (Character.isDigit(a.street().charAt(0))) {
      return null;
    }
    List<EvalAddress> street = byStreet.get(a.streetId());
    int missing = a.number() + 2 * (1 + random.nextInt(3));
    // unknown in the commune: Paris splits a street per arrondissement, the number may be in the
    // other part (then the right answer is that address, whatever the postcode says)
    String name = TestData.NORMALIZER.fold(a.street()) + "|" + a.city();
    if (byName.get(name).stream().anyMatch(other -> other.number() == missing)) {
      return null;
    }
    Set<String> nearest = nearestIds(street, missing);
    return new Case(
        missing + " " + a.street() + tail(a),
        false,
        hit ->
            hit.housenumberMatch() == HousenumberMatch.NEAREST
                && nearest.contains(hit.document().id()));
  }

  private static Set<String> nearestIds(List<EvalAddress> street, int missing) {
    boolean sameSide = street.stream().anyMatch(s -> (s.number() - missing) % 2 == 0);
    int best =
        street.stream()
            .filter(s -> !sameSide || (s.number() - missing) % 2 == 0)
            .mapToInt(s -> Math.abs(s.number() - missing))
            .min()
            .orElse(-1);
    return street.stream()
        .filter(s -> !sameSide || (s.number() - missing) % 2 == 0)
        .filter(s -> Math.abs(s.number() - missing) == best)
        .map(EvalAddress::id)
        .collect(Collectors.toSet());
  }

  private void evaluate(String kind, int wanted, long seed, CaseFactory factory) {
    Random random = new Random(seed ^ kind.hashCode());
    List<Case> cases = new ArrayList<>(wanted);
    for (int attempts = 0; cases.size() < wanted && attempts < wanted * 50; attempts++) {
      Case c = factory.make(addresses.get(random.nextInt(addresses.size())), random);
      if (c != null) {
        cases.add(c);
      }
    }
    if (cases.isEmpty()) {
      System.out.printf("| %s | 0 | | | | | | |%n", kind);
      return;
    }
    int ok = 0;
    int inFive = 0;
    double lengthBlind = 0;
    double ceiling = 0;
    double ceilingFive = 0;
    int avoidable = 0;
    long elapsed = 0;
    for (Case c : cases) {
      SearchQuery query = SearchQuery.of(c.query()).withAutocomplete(c.autocomplete());
      long start = System.nanoTime();
      List<Hit> hits = geocoder.search(query.withLimit(1));
      elapsed += System.nanoTime() - start;
      List<Hit> five = geocoder.search(query.withLimit(5));
      lengthBlind += c.lengthBlind();
      if (c.posterior() != null) {
        ceiling += PrefixPosterior.best(c.posterior(), 1);
        ceilingFive += PrefixPosterior.best(c.posterior(), 5);
      }
      if (!hits.isEmpty() && !five.get(0).document().id().equals(hits.get(0).document().id())) {
        limitDependent++;
        System.out.println("  limit-dependent [" + kind + "] " + c.query());
      }
      if (five.stream().anyMatch(c.expected())) {
        inFive++;
      }
      if (!hits.isEmpty() && c.expected().test(hits.get(0))) {
        ok++;
        continue;
      }
      // a miss the ranker could have avoided: it chose an address less likely than the best one
      String posterior = "";
      if (c.posterior() != null) {
        double chosen =
            hits.isEmpty() ? 0 : c.posterior().getOrDefault(hits.get(0).document().id(), 0.0);
        double best = PrefixPosterior.best(c.posterior(), 1);
        if (chosen < best - 1e-9) {
          avoidable++;
        }
        posterior =
            String.format(
                " [P(hit) %.2f, P(expected) %.2f, best %.2f, %d possible]",
                chosen, c.posterior().values().iterator().next(), best, c.posterior().size());
      }
      if (printMisses) {
        System.out.println(
            "  miss ["
                + kind
                + "] "
                + c.query()
                + " -> "
                + (hits.isEmpty()
                    ? "nothing"
                    : hits.get(0).document().label()
                        + " "
                        + hits.get(0).document().id()
                        + " "
                        + hits.get(0).housenumberMatch())
                + posterior);
      }
    }
    int n = cases.size();
    boolean prefix = cases.get(0).posterior() != null;
    System.out.printf(
        "| %s | %d | %.2f %% | %.2f %% | %s | %s | %s | %d |%n",
        kind,
        n,
        100.0 * ok / n,
        100.0 * inFive / n,
        prefix ? String.format("%.2f %%", 100 * ceiling / n) : "",
        prefix ? String.format("%.2f %%", 100 * ceilingFive / n) : "",
        prefix ? String.format("%.2f %%", 100 * lengthBlind / n) : "",
        elapsed / 1000 / n);
    if (prefix) {
      avoidableMisses.put(kind, avoidable);
    }
  }

  private void evaluateReverse(int metres, int wanted, long seed) {
    Random random = new Random(seed + metres);
    int nearest = 0;
    int sameAddress = 0;
    long elapsed = 0;
    for (int i = 0; i < wanted; i++) {
      EvalAddress a = addresses.get(random.nextInt(addresses.size()));
      double bearing = random.nextDouble() * 2 * Math.PI;
      double lat = a.lat() + metres * Math.cos(bearing) / 111_195;
      double lon =
          a.lon() + metres * Math.sin(bearing) / (111_195 * Math.cos(Math.toRadians(a.lat())));
      long start = System.nanoTime();
      List<Hit> hits = geocoder.reverse(ReverseQuery.at(lat, lon));
      elapsed += System.nanoTime() - start;
      if (hits.isEmpty()) {
        continue;
      }
      double truth = bruteForceNearest(lat, lon);
      if (Math.abs(hits.get(0).distanceMetres().getAsInt() - truth) <= 1) {
        nearest++;
      } else if (printMisses) {
        System.out.printf(
            "  miss [reverse %d m] %.6f,%.6f -> %s at %d m, nearest at %.0f m%n",
            metres,
            lat,
            lon,
            hits.get(0).document().id(),
            hits.get(0).distanceMetres().getAsInt(),
            truth);
      }
      if (hits.get(0).document().id().equals(a.id())) {
        sameAddress++;
      }
    }
    System.out.printf(
        "| reverse %d m (true nearest; same address %.1f %%) | %d | %.2f %% | | | | | %d |%n",
        metres,
        100.0 * sameAddress / wanted,
        wanted,
        100.0 * nearest / wanted,
        elapsed / 1000 / wanted);
  }

  private double bruteForceNearest(double lat, double lon) {
    double best = Double.MAX_VALUE;
    for (double[] p : points) {
      best = Math.min(best, GeoPoint.haversineMetres(lat, lon, p[0], p[1]));
    }
    return best;
  }

  @Override
  public String toString() {
    return dataset;
  }
}
