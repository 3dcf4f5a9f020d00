package fr.gouv.ban.geocoder.scale;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A deterministic synthetic full-France BAN, for benchmarks only (never shipped: test sources).
 *
 * <p>Every real commune of {@code communes-centres-apigeo-2025.json} (centre, population; postcodes
 * from {@code communes-cog-2026.json.gz}) gets streets and housenumbers growing with its population
 * (streets ∝ population<sup>0.65</sup>, addresses ∝ population<sup>0.76</sup>, fitted on a small
 * commune against Paris), normalised so that France totals {@link #FULL_STREETS} streets and {@link
 * #FULL_ADDRESSES} addresses at size 1 (the size factor scales both; every commune keeps at least
 * one street). Street names are a street type and a name body taken from the real Paris extract's
 * vocabulary (type frequencies set to a France-like mix, bodies Zipf-distributed so that "de
 * l'Église"-style names recur across communes, the most frequent on ~0.3 % of the streets), or a
 * "Route de"/"Chemin de" + a commune of the same département. Housenumbers run along each street,
 * odd on one side, even on the other, with gaps and suffixes (bis 3.5 %, ter 0.6 %, a 1.2 %, b 0.8
 * %, c 0.2 %, quater 0.05 %); positions scatter around the commune's centre. Rows are BAN CSV in
 * the export's 23 columns.
 *
 * <p>Each commune draws from its own random stream derived from the seed and its code, so a commune
 * (or a département) can be regenerated alone, and the same seed gives the same bytes. Paris, Lyon
 * and Marseille are generated as single communes (75056, 69123, 13055), not arrondissements.
 * Overseas x/y are a rough local metric projection, not the export's UTM.
 */
public final class SyntheticBan {

  public static final long FULL_ADDRESSES = 26_000_000L;
  public static final long FULL_STREETS = 2_500_000L;

  public static final String HEADER =
      "id;id_fantoir;numero;rep;nom_voie;code_postal;code_insee;nom_commune;"
          + "code_insee_ancienne_commune;nom_ancienne_commune;x;y;lon;lat;type_position;alias;"
          + "nom_ld;libelle_acheminement;nom_afnor;source_position;source_nom_voie;"
          + "certification_commune;cad_parcelles";

  /** One commune's plan. */
  public record Commune(
      String code,
      String name,
      String dept,
      double lat,
      double lon,
      long population,
      List<String> postcodes,
      int streets,
      int addresses) {}

  /** One generated address (a CSV row). */
  public record Row(
      String id,
      String number,
      String rep,
      String street,
      String postcode,
      Commune commune,
      double lon,
      double lat,
      String position,
      boolean cadastre) {}

  private static final String[] TYPES = {
    "Rue", "Chemin", "Route", "Impasse", "Allée", "Avenue", "Place", "Boulevard", "Passage",
    "Square", "Cité", "Villa", "Quai", "Cours", "Hameau", "Sentier", "Ruelle", "Esplanade"
  };
  private static final double[] TYPE_WEIGHTS = {
    42, 14, 9, 9, 7, 6, 3.5, 2, 1.2, 1, 1, 1, 0.8, 0.5, 1.2, 0.5, 0.5, 0.3
  };
  private static final String[] REPS = {"bis", "ter", "a", "b", "c", "quater"};
  private static final double[] REP_RATES = {0.035, 0.006, 0.012, 0.008, 0.002, 0.0005};
  private static final String[] POSITIONS = {
    "entrée", "parcelle", "segment", "bâtiment", "logement"
  };
  private static final double[] POSITION_WEIGHTS = {55, 22, 15, 6, 2};

  private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*\\}");
  private static final Pattern STRING_FIELD = Pattern.compile("\"(\\w+)\":\\s*\"([^\"]*)\"");
  private static final Pattern NUMBER_FIELD = Pattern.compile("\"(\\w+)\":\\s*(-?[0-9.]+)");
  private static final Pattern POSTCODES = Pattern.compile("\"codesPostaux\":\\s*\\[([^\\]]*)\\]");

  private final long seed;
  private final List<Commune> communes;
  private final Map<String, List<String>> namesByDept = new HashMap<>();
  private final List<String> bodies;
  private final double[] typeCumulative = cumulative(TYPE_WEIGHTS);
  private final double[] positionCumulative = cumulative(POSITION_WEIGHTS);

  /**
   * @param dataDir the repository's {@code data} folder
   * @param size 1 for France (26 M addresses), 0.1 for a tenth...
   */
  public SyntheticBan(Path dataDir, double size, long seed) throws IOException {
    if (!(size > 0)) {
      throw new IllegalArgumentException("size must be positive: " + size);
    }
    this.seed = seed;
    this.bodies = streetBodies(dataDir.resolve("ban-adresses-75-paris-2024.csv.gz"));
    Map<String, List<String>> postcodes = postcodes(dataDir.resolve("communes-cog-2026.json.gz"));
    List<String[]> raw = new ArrayList<>();
    List<double[]> numbers = new ArrayList<>();
    String json = Files.readString(dataDir.resolve("communes-centres-apigeo-2025.json"));
    Matcher m = OBJECT.matcher(json);
    while (m.find()) {
      Map<String, String> s = fields(STRING_FIELD, m.group());
      Map<String, String> n = fields(NUMBER_FIELD, m.group());
      if (!n.containsKey("lat") || !n.containsKey("lon")) {
        continue; // a handful of communes without a centre
      }
      raw.add(new String[] {s.get("code"), s.get("nom"), s.get("dept")});
      numbers.add(
          new double[] {
            Double.parseDouble(n.get("lat")),
            Double.parseDouble(n.get("lon")),
            Double.parseDouble(n.getOrDefault("population", "0"))
          });
    }
    double streetWeights = 0;
    double addressWeights = 0;
    for (double[] n : numbers) {
      streetWeights += Math.pow(n[2] + 10, 0.65);
      addressWeights += Math.pow(n[2] + 10, 0.76);
    }
    double streetScale = FULL_STREETS * size / streetWeights;
    double addressScale = FULL_ADDRESSES * size / addressWeights;
    List<Commune> list = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      String[] r = raw.get(i);
      double[] n = numbers.get(i);
      SplittableRandom random = randomFor(r[0], 0);
      int streets = Math.max(1, round(Math.pow(n[2] + 10, 0.65) * streetScale, random));
      int addresses = Math.max(streets, round(Math.pow(n[2] + 10, 0.76) * addressScale, random));
      List<String> cps = postcodes.getOrDefault(r[0], List.of());
      if (cps.isEmpty()) {
        cps = List.of(r[2].length() == 2 ? r[2] + "000" : r[2] + "00");
      }
      list.add(new Commune(r[0], r[1], r[2], n[0], n[1], (long) n[2], cps, streets, addresses));
      namesByDept.computeIfAbsent(r[2], k -> new ArrayList<>()).add(r[1]);
    }
    this.communes = List.copyOf(list);
  }

  public List<Commune> communes() {
    return communes;
  }

  /** Départements in code order, each with its communes. */
  public Map<String, List<Commune>> departments() {
    Map<String, List<Commune>> byDept = new TreeMap<>();
    for (Commune c : communes) {
      byDept.computeIfAbsent(c.dept(), k -> new ArrayList<>()).add(c);
    }
    return byDept;
  }

  public long totalAddresses() {
    return communes.stream().mapToLong(Commune::addresses).sum();
  }

  public long totalStreets() {
    return communes.stream().mapToLong(Commune::streets).sum();
  }

  /** Streams one commune's addresses, street by street. */
  public void generate(Commune c, Consumer<Row> sink) {
    SplittableRandom random = randomFor(c.code(), 1);
    int[] perStreet = split(c.addresses(), c.streets(), random);
    Set<String> used = new HashSet<>();
    List<String> neighbours = namesByDept.get(c.dept());
    double radiusKm = 0.5 * Math.pow(c.population() + 10, 0.18);
    double metresPerDegLat = 111_320;
    double metresPerDegLon = 111_320 * Math.cos(Math.toRadians(c.lat()));
    for (int s = 0; s < c.streets(); s++) {
      String name = null;
      for (int attempt = 0; attempt < 8 && (name == null || used.contains(name)); attempt++) {
        name = streetName(random, neighbours, c.name());
      }
      used.add(name);
      String voie = c.code() + "_" + base36(s, 4);
      String postcode = c.postcodes().get(random.nextInt(c.postcodes().size()));
      double east = random.nextGaussian() * radiusKm * 500;
      double north = random.nextGaussian() * radiusKm * 500;
      double angle = random.nextDouble() * Math.PI;
      double spacing = 8 + random.nextDouble() * 12;
      boolean cadastre = random.nextDouble() < 0.3;
      int n = perStreet[s];
      int number = 0;
      for (int emitted = 0; emitted < n; ) {
        number += random.nextDouble() < 0.12 ? 2 + random.nextInt(3) : 1;
        emitted +=
            emit(
                c,
                sink,
                random,
                voie,
                name,
                postcode,
                number,
                "",
                east,
                north,
                angle,
                spacing,
                cadastre,
                metresPerDegLat,
                metresPerDegLon);
        for (int r = 0; r < REPS.length && emitted < n; r++) {
          if (random.nextDouble()
              < REP_RATES[r] * 1.07) { // rates are of all rows, drawn per number
            emitted +=
                emit(
                    c,
                    sink,
                    random,
                    voie,
                    name,
                    postcode,
                    number,
                    REPS[r],
                    east,
                    north,
                    angle,
                    spacing,
                    cadastre,
                    metresPerDegLat,
                    metresPerDegLon);
          }
        }
      }
    }
  }

  private int emit(
      Commune c,
      Consumer<Row> sink,
      SplittableRandom random,
      String voie,
      String name,
      String postcode,
      int number,
      String rep,
      double east,
      double north,
      double angle,
      double spacing,
      boolean cadastre,
      double perLat,
      double perLon) {
    double along = (number / 2) * spacing + random.nextDouble() * 3;
    double side = (number % 2 == 0 ? 1 : -1) * (6 + random.nextDouble() * 4);
    double x = east + along * Math.cos(angle) - side * Math.sin(angle);
    double y = north + along * Math.sin(angle) + side * Math.cos(angle);
    String id = voie + "_" + pad5(number) + (rep.isEmpty() ? "" : "_" + rep);
    String position = POSITIONS[pick(positionCumulative, random)];
    sink.accept(
        new Row(
            id,
            Integer.toString(number),
            rep,
            name,
            postcode,
            c,
            c.lon() + x / perLon,
            c.lat() + y / perLat,
            position,
            cadastre));
    return 1;
  }

  private String streetName(SplittableRandom random, List<String> neighbours, String own) {
    String type = TYPES[pick(typeCumulative, random)];
    if ((type.equals("Route") || type.equals("Chemin")) && random.nextDouble() < 0.5) {
      String other = neighbours.get(random.nextInt(neighbours.size()));
      if (!other.equals(own)) {
        return type + " " + (startsWithVowel(other) ? "d'" : "de ") + other;
      }
    }
    // Zipf-like with an offset (p(k) ∝ 1/(k + 100)): the most frequent body is ~0.3 % of the
    // streets, about the share of "Rue de l'Église" in the real BAN
    double k0 = 100;
    double x = k0 * Math.pow((bodies.size() + k0) / k0, random.nextDouble()) - k0;
    int index = (int) x;
    return type + " " + bodies.get(Math.max(0, Math.min(bodies.size() - 1, index)));
  }

  private static boolean startsWithVowel(String s) {
    return !s.isEmpty() && "AEIOUYÉÈÊÎÔÂaeiouyéèêîôâ".indexOf(s.charAt(0)) >= 0;
  }

  /** Writes one CSV (header + the given communes) to a stream, which it does not close. */
  public void write(List<Commune> selection, OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    w.write(HEADER);
    w.write('\n');
    StringBuilder line = new StringBuilder(256);
    IOException[] failure = new IOException[1];
    Map<String, String> afnor = new LinkedHashMap<>(16, 0.75f, true);
    for (Commune c : selection) {
      String acheminement = fold(c.name());
      afnor.clear();
      generate(
          c,
          row -> {
            if (failure[0] != null) {
              return;
            }
            line.setLength(0);
            line.append(row.id()).append(";;").append(row.number()).append(';').append(row.rep());
            line.append(';').append(row.street()).append(';').append(row.postcode());
            line.append(';').append(c.code()).append(';').append(c.name()).append(";;;");
            double[] xy = project(row.lon(), row.lat(), c.dept());
            fixed(line, xy[0], 2).append(';');
            fixed(line, xy[1], 2).append(';');
            fixed(line, row.lon(), 6).append(';');
            fixed(line, row.lat(), 6).append(';');
            line.append(row.position()).append(";;;").append(acheminement).append(';');
            line.append(afnor.computeIfAbsent(row.street(), SyntheticBan::fold)).append(';');
            String source = row.cadastre() ? "cadastre" : "commune";
            line.append(source).append(';').append(source).append(';');
            line.append(row.cadastre() ? '0' : '1').append(";\n");
            try {
              w.append(line);
            } catch (IOException e) {
              failure[0] = e;
            }
          });
      if (failure[0] != null) {
        throw failure[0];
      }
    }
    w.flush();
  }

  /** Writes one {@code adresses-<dep>.csv.gz} per département into {@code dir}. */
  public List<Path> writeDepartments(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, List<Commune>> e : departments().entrySet()) {
      Path file = dir.resolve("adresses-" + e.getKey() + ".csv.gz");
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
        write(e.getValue(), out);
      }
      files.add(file);
    }
    return files;
  }

  /**
   * {@code SyntheticBan DATA_DIR OUT SIZE [SEED]}: OUT ending in {@code .csv} or {@code .csv.gz}
   * gets one file for France, otherwise a directory of one gzipped file per département.
   */
  public static void main(String[] args) throws IOException {
    SyntheticBan ban =
        new SyntheticBan(
            Path.of(args[0]),
            Double.parseDouble(args[2]),
            args.length > 3 ? Long.parseLong(args[3]) : 1);
    Path out = Path.of(args[1]);
    long start = System.nanoTime();
    String name = out.getFileName().toString();
    if (name.endsWith(".csv") || name.endsWith(".csv.gz")) {
      try (OutputStream o =
          name.endsWith(".gz")
              ? new GZIPOutputStream(Files.newOutputStream(out), 1 << 16)
              : new java.io.BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
        ban.write(ban.communes(), o);
      }
    } else {
      ban.writeDepartments(out);
    }
    System.out.printf(
        Locale.ROOT,
        "%d communes, %d streets, %d addresses written to %s in %.1f s%n",
        ban.communes().size(),
        ban.totalStreets(),
        ban.totalAddresses(),
        out,
        (System.nanoTime() - start) / 1e9);
  }

  // --- helpers

  private SplittableRandom randomFor(String code, int stream) {
    long h = seed * 0x9E3779B97F4A7C15L + stream;
    for (int i = 0; i < code.length(); i++) {
      h = (h ^ code.charAt(i)) * 0x100000001B3L;
    }
    return new SplittableRandom(h);
  }

  private static int round(double v, SplittableRandom random) {
    int floor = (int) Math.floor(v);
    return floor + (random.nextDouble() < v - floor ? 1 : 0);
  }

  /** Splits {@code total} addresses over {@code streets} streets, each ≥ 1, log-normal skew. */
  private static int[] split(int total, int streets, SplittableRandom random) {
    int[] counts = new int[streets];
    double[] w = new double[streets];
    double sum = 0;
    for (int i = 0; i < streets; i++) {
      w[i] = Math.exp(random.nextGaussian() * 0.9);
      sum += w[i];
    }
    int extra = total - streets;
    int given = 0;
    for (int i = 0; i < streets; i++) {
      counts[i] = 1 + (int) Math.floor(extra * w[i] / sum);
      given += counts[i] - 1;
    }
    for (int i = 0; given < extra; i = (i + 1) % streets, given++) {
      counts[i]++;
    }
    return counts;
  }

  private static double[] cumulative(double[] weights) {
    double[] c = new double[weights.length];
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    double acc = 0;
    for (int i = 0; i < weights.length; i++) {
      acc += weights[i] / sum;
      c[i] = acc;
    }
    return c;
  }

  private static int pick(double[] cumulative, SplittableRandom random) {
    double r = random.nextDouble();
    for (int i = 0; i < cumulative.length - 1; i++) {
      if (r < cumulative[i]) {
        return i;
      }
    }
    return cumulative.length - 1;
  }

  private static String base36(int value, int width) {
    String s = Integer.toString(value, 36);
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }

  private static String pad5(int n) {
    String s = Integer.toString(n);
    return s.length() >= 5 ? s : "0".repeat(5 - s.length()) + s;
  }

  /** Upper case without accents, apostrophes and hyphens as spaces (AFNOR-like). */
  static String fold(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return d.toUpperCase(Locale.ROOT).replace('\'', ' ').replace('-', ' ').replace('’', ' ');
  }

  /** Fixed-point decimal without Locale or Formatter (26 M rows × 4 numbers). */
  private static StringBuilder fixed(StringBuilder sb, double v, int decimals) {
    long scale = decimals == 2 ? 100 : 1_000_000;
    long n = Math.round(Math.abs(v) * scale);
    if (v < 0 && n != 0) {
      sb.append('-');
    }
    sb.append(n / scale).append('.');
    String frac = Long.toString(n % scale);
    for (int i = frac.length(); i < decimals; i++) {
      sb.append('0');
    }
    return sb.append(frac);
  }

  /** Lambert-93 (EPSG:2154) for metropolitan France; a local metric grid overseas. */
  static double[] project(double lon, double lat, String dept) {
    if (dept.length() == 3) {
      double x =
          500_000 + (lon - Math.round(lon / 6) * 6) * 111_320 * Math.cos(Math.toRadians(lat));
      double y = (lat < 0 ? 10_000_000 : 0) + lat * 110_574;
      return new double[] {x, y};
    }
    double e = 0.0818191910428158;
    double n = 0.7256077650532670;
    double c = 11754255.426096;
    double xs = 700000;
    double ys = 12655612.049876;
    double phi = Math.toRadians(lat);
    double sin = Math.sin(phi);
    double l =
        Math.log(Math.tan(Math.PI / 4 + phi / 2) * Math.pow((1 - e * sin) / (1 + e * sin), e / 2));
    double r = c * Math.exp(-n * l);
    double gamma = n * Math.toRadians(lon - 3);
    return new double[] {xs + r * Math.sin(gamma), ys - r * Math.cos(gamma)};
  }

  private static Map<String, String> fields(Pattern p, String object) {
    Map<String, String> out = new HashMap<>();
    Matcher m = p.matcher(object);
    while (m.find()) {
      out.putIfAbsent(m.group(1), m.group(2));
    }
    return out;
  }

  private static Map<String, List<String>> postcodes(Path cog) throws IOException {
    Map<String, List<String>> out = new HashMap<>();
    if (!Files.exists(cog)) {
      return out;
    }
    String json;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(cog))) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher m = OBJECT.matcher(json);
    while (m.find()) {
      String o = m.group();
      if (!o.contains("\"commune-actuelle\"")) {
        continue;
      }
      Matcher cp = POSTCODES.matcher(o);
      String code = fields(STRING_FIELD, o).get("code");
      if (code != null && cp.find()) {
        List<String> list = new ArrayList<>();
        for (String part : cp.group(1).split(",")) {
          String v = part.trim().replace("\"", "");
          if (!v.isEmpty()) {
            list.add(v);
          }
        }
        out.put(code, List.copyOf(list));
      }
    }
    return out;
  }

  /**
   * Distinct name bodies of the Paris streets ("du Général Lemonnier"): the name minus its first
   * word when that word is a street type; in a seeded shuffle so that Zipf ranks are arbitrary.
   */
  private List<String> streetBodies(Path paris) throws IOException {
    Set<String> types = Set.of(TYPES);
    Set<String> seen = new java.util.TreeSet<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(paris)), StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(";", -1);
        String name = f[4];
        int space = name.indexOf(' ');
        if (space > 0 && types.contains(name.substring(0, space))) {
          String body = name.substring(space + 1);
          if (!body.isBlank() && body.chars().noneMatch(Character::isDigit)) {
            seen.add(body);
          }
        }
      }
    }
    List<String> list = new ArrayList<>(seen);
    SplittableRandom random = new SplittableRandom(seed ^ 0x5EEDL);
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      String t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
    return List.copyOf(list);
  }
}
