package fr.gouv.ban.geocoder.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;

/** Seeded query sets drawn from the Paris CSV: the same queries on every run. */
final class ParisQueries {

  /** "number street postcode Paris", as a batch geocoding client sends them. */
  final List<String> complete = new ArrayList<>();

  /** "number street-prefix", as typed in a search box. */
  final List<String> prefixes = new ArrayList<>();

  /** Positions of addresses moved by up to 50 m. */
  final List<double[]> points = new ArrayList<>();

  ParisQueries(Path csv, int count, long seed) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(csv)), StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        rows.add(line.split(";", -1));
      }
    }
    Random random = new Random(seed);
    for (int i = 0; i < count; i++) {
      String[] row = rows.get(random.nextInt(rows.size()));
      String number = row[2] + row[3];
      complete.add(number + " " + row[4] + " " + row[5] + " Paris");
      int length = (int) Math.ceil(row[4].length() * (0.6 + 0.3 * random.nextDouble()));
      prefixes.add(number + " " + row[4].substring(0, Math.min(length, row[4].length())));
      double lat = Double.parseDouble(row[13]) + (random.nextDouble() - 0.5) * 0.0009;
      double lon = Double.parseDouble(row[12]) + (random.nextDouble() - 0.5) * 0.0013;
      points.add(new double[] {lat, lon});
    }
  }
}
