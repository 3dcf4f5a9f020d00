package fr.gouv.ban.plugins.laposte;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The département rule against every row of the real base officielle (codes-postaux 4.1.2). */
class DepartementsTest {
  @Test
  void rejectsNoRowOfTheRealFile() throws IOException {
    Path file =
        Path.of(System.getProperty("ban.data.dir", "../data"), "codes-postaux-4.1.2.json.gz");
    List<String> rejected = new ArrayList<>();
    int rows = 0;
    int crossBorder = 0;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file));
        JsonParser p = new JsonFactory().createParser(in)) {
      String code = null;
      String insee = null;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME && p.currentName().equals("codePostal")) {
          code = p.nextTextValue();
        } else if (t == JsonToken.FIELD_NAME && p.currentName().equals("codeCommune")) {
          insee = p.nextTextValue();
        } else if (t == JsonToken.END_OBJECT) {
          rows++;
          String dep = Departements.of(insee);
          if (!code.startsWith(dep) && !dep.equals("2A") && !dep.equals("2B")) {
            crossBorder++;
          }
          if (Departements.mismatch(code, insee) != null) {
            rejected.add(code + " " + insee);
          }
        }
      }
    }

    assertThat(rows).isEqualTo(35_684);
    assertThat(crossBorder).isEqualTo(40);
    assertThat(rejected).isEmpty();
  }
}
