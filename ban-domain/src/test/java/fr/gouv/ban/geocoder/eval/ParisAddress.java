package fr.gouv.ban.geocoder.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** One row of the BAN CSV, as the evaluation needs it (ground truth). */
record ParisAddress(
    String id,
    String streetId,
    int number,
    String suffix,
    String street,
    String postcode,
    double lon,
    double lat) {

  String housenumber() {
    return number + suffix;
  }

  static List<ParisAddress> read(Path csv) throws IOException {
    List<ParisAddress> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(csv), 1 << 16), StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] f = line.split(";", -1);
        String[] idParts = f[0].split("_");
        rows.add(
            new ParisAddress(
                f[0],
                idParts[0] + "_" + idParts[1],
                Integer.parseInt(f[2]),
                f[3],
                f[4],
                f[5],
                Double.parseDouble(f[12]),
                Double.parseDouble(f[13])));
      }
    }
    return rows;
  }
}
