package fr.gouv.ban.geocoder.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens the UTF-8 input files of the loaders, gunzipping {@code *.gz} on the fly. */
final class TextFiles {
  private static final int BUFFER = 1 << 16;

  private TextFiles() {}

  static BufferedReader open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      if (file.toString().endsWith(".gz")) {
        in = new GZIPInputStream(in, BUFFER);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), BUFFER);
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }
}
