package fr.gouv.ban.geocoder.eval;

import fr.gouv.ban.geocoder.GeoPoint;
import fr.gouv.ban.geocoder.Geocoder;
import fr.gouv.ban.geocoder.Hit;
import fr.gouv.ban.geocoder.HousenumberMatch;
import fr.gouv.ban.geocoder.ReverseQuery;
import fr.gouv.ban.geocoder.SearchQuery;
import fr.gouv.ban.geocoder.TestData;
import fr.gouv.ban.geocoder.index.CompactIndex;
import fr.gouv.ban.geocoder.index.IndexBuilder;
import fr.gouv.ban.geocoder.load.BanCsvLoader;
import fr.gouv.ban.geocoder.search.IndexGeocoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Top-1 accuracy of the geocoder on the Paris extract, per kind of query, with seeded sampling
 * (same queries on every run). Usage: {@code EvaluationHarness [perKind] [seed] [--misses]}. Reads
 * {@code ban.data.dir} like the tests.
 */
public final class EvaluationHarness {

  private record Case(String query, boolean autocomplete, Predicate<Hit> expected) {}

  private final List<ParisAddress> addresses;
  private final Map<String, List<ParisAddress>> byName;
  private final Map<String, List<ParisAddress>> byNumber;
  private final Geocoder geocoder;
  private final boolean printMisses;

  private EvaluationHarness(List<ParisAddress> addresses, Geocoder geocoder, boolean printMisses) {
    this.addresses = addresses;
    this.byName =
        addresses.stream()
            .collect(Collectors.groupingBy(a -> TestData.NORMALIZER.fold(a.street())));
    this.byNumber = addresses.stream().collect(Collectors.groupingBy(ParisAddress::housenumber));
    this.geocoder = geocoder;
    this.printMisses = printMisses;
  }

  public static void main(String[] args) throws Exception {
    int perKind = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
    boolean misses = Set.of(args).contains("--misses");
    long start = System.nanoTime();
    CompactIndex index =
        new IndexBuilder(TestData.NORMALIZER)
            .addAll(new BanCsvLoader(TestData.communes()).load(TestData.parisCsv()))
            .build();
    System.out.printf(
        "index: %d documents, %d housenumbers, built in %d ms%n",
        index.documentCount(),
        index.housenumbers().size(),
        (System.nanoTime() - start) / 1_000_000);
    EvaluationHarness harness =
        new EvaluationHarness(
            ParisAddress.read(TestData.parisCsv()),
            new IndexGeocoder(index, TestData.NORMALIZER),
            misses);
    harness.run(perKind, seed);
  }

  private void run(int perKind, long seed) {
    System.out.println("| kind | queries | top-1 | µs/query |");
    System.out.println("|---|---:|---:|---:|");
    evaluate(
        "clean",
        perKind,
        seed,
        (a, r) -> exact(a, a.housenumber() + " " + a.street() + " " + a.postcode() + " Paris"));
    evaluate(
        "clean, autocomplete on (HTTP default)",
        perKind,
        seed,
        (a, r) ->
            new Case(
                a.housenumber() + " " + a.street() + " " + a.postcode() + " Paris",
                true,
                hit -> hit.document().id().equals(a.id())));
    evaluate(
        "without postcode",
        perKind,
        seed,
        (a, r) -> exact(a, a.housenumber() + " " + a.street() + " Paris"));
    evaluate(
        "abbreviations",
        perKind,
        seed,
        (a, r) -> {
          String street = QueryMutations.abbreviate(a.street());
          return street == null
              ? null
              : exact(a, a.housenumber() + " " + street + " " + a.postcode() + " Paris");
        });
    evaluate(
        "one typo",
        perKind,
        seed,
        (a, r) -> {
          String street = QueryMutations.typo(a.street(), r);
          return street == null || street.equals(a.street())
              ? null
              : exact(a, a.housenumber() + " " + street + " " + a.postcode() + " Paris");
        });
    evaluate(
        "autocomplete prefix",
        perKind,
        seed,
        (a, r) -> {
          int length = (int) Math.ceil(a.street().length() * (0.6 + 0.3 * r.nextDouble()));
          String query =
              a.housenumber()
                  + " "
                  + a.street().substring(0, Math.min(length, a.street().length()));
          return new Case(query, true, hit -> hit.document().id().equals(a.id()));
        });
    evaluate(
        "autocomplete prefix, unambiguous",
        perKind,
        seed,
        (a, r) -> {
          int length = (int) Math.ceil(a.street().length() * (0.6 + 0.3 * r.nextDouble()));
          String prefix = a.street().substring(0, Math.min(length, a.street().length()));
          return completions(a, prefix) > 1
              ? null
              : new Case(
                  a.housenumber() + " " + prefix, true, hit -> hit.document().id().equals(a.id()));
        });
    evaluate(
        "noise words",
        perKind,
        seed,
        (a, r) -> {
          String[] noise = QueryMutations.NOISE.get(r.nextInt(QueryMutations.NOISE.size()));
          return exact(
              a,
              noise[0]
                  + a.housenumber()
                  + " "
                  + a.street()
                  + " "
                  + a.postcode()
                  + " Paris"
                  + noise[1]);
        });
    evaluate(
        "wrong postcode",
        perKind,
        seed,
        (a, r) -> {
          String wrong = String.format("750%02d", 1 + r.nextInt(20));
          return wrong.equals(a.postcode())
              ? null
              : exact(a, a.housenumber() + " " + a.street() + " " + wrong + " Paris");
        });
    evaluate("unknown housenumber", perKind, seed, this::unknownNumber);
    for (int metres : new int[] {0, 20, 200}) {
      evaluateReverse(metres, perKind, seed);
    }
  }

  private static Case exact(ParisAddress a, String query) {
    return new Case(query, false, hit -> hit.document().id().equals(a.id()));
  }

  /** Addresses with the same number whose street starts like {@code prefix} (folded). */
  private long completions(ParisAddress a, String prefix) {
    String folded = TestData.NORMALIZER.fold(prefix);
    return byNumber.get(a.housenumber()).stream()
        .filter(other -> TestData.NORMALIZER.fold(other.street()).startsWith(folded))
        .count();
  }

  /** A number that no street of that name has (streets crossing arrondissements are split). */
  private Case unknownNumber(ParisAddress a, Random random) {
    String name = TestData.NORMALIZER.fold(a.street());
    Set<Integer> numbers =
        byName.get(name).stream().map(ParisAddress::number).collect(Collectors.toSet());
    int missing = a.number() + 2 * (1 + random.nextInt(3));
    if (numbers.contains(missing)) {
      return null;
    }
    return new Case(
        missing + " " + a.street() + " " + a.postcode() + " Paris",
        false,
        hit ->
            hit.document().id().startsWith(a.streetId() + "_")
                && hit.housenumberMatch() == HousenumberMatch.NEAREST);
  }

  private interface CaseFactory {
    Case make(ParisAddress address, Random random);
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
    int ok = 0;
    long start = System.nanoTime();
    for (Case c : cases) {
      List<Hit> hits =
          geocoder.search(
              SearchQuery.of(c.query()).withAutocomplete(c.autocomplete()).withLimit(1));
      if (!hits.isEmpty() && c.expected().test(hits.get(0))) {
        ok++;
      } else if (printMisses) {
        System.out.println(
            "  miss ["
                + kind
                + "] "
                + c.query()
                + " -> "
                + (hits.isEmpty()
                    ? "nothing"
                    : hits.get(0).document().label() + " " + hits.get(0).document().id()));
      }
    }
    long micros = (System.nanoTime() - start) / 1000 / Math.max(1, cases.size());
    System.out.printf(
        "| %s | %d | %.2f %% | %d |%n", kind, cases.size(), 100.0 * ok / cases.size(), micros);
  }

  private void evaluateReverse(int metres, int wanted, long seed) {
    Random random = new Random(seed + metres);
    int nearest = 0;
    int sameAddress = 0;
    long elapsed = 0;
    for (int i = 0; i < wanted; i++) {
      ParisAddress a = addresses.get(random.nextInt(addresses.size()));
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
      }
      if (hits.get(0).document().id().equals(a.id())) {
        sameAddress++;
      }
    }
    System.out.printf(
        "| reverse %d m (true nearest; same address %.1f %%) | %d | %.2f %% | %d |%n",
        metres,
        100.0 * sameAddress / wanted,
        wanted,
        100.0 * nearest / wanted,
        elapsed / 1000 / wanted);
  }

  private double bruteForceNearest(double lat, double lon) {
    double best = Double.MAX_VALUE;
    for (ParisAddress a : addresses) {
      best = Math.min(best, GeoPoint.haversineMetres(lat, lon, a.lat(), a.lon()));
    }
    return best;
  }
}
