package fr.gouv.ban.geocoder.load;

import fr.gouv.ban.geocoder.AddressDocument;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds BAN's {@code context} field ("75, Paris, Île-de-France"; "988, Nouvelle-Calédonie" when
 * the région has the département's name) and knows the PLM cities whose arrondissements are
 * communes in BAN files. Département and région names come from {@code departements.tsv}.
 */
final class AdministrativeContext {

  private static final Map<String, String[]> DEPARTEMENTS = read();

  private AdministrativeContext() {}

  static String context(String citycode) {
    String code = AddressDocument.departementOf(citycode);
    String[] names = DEPARTEMENTS.get(code);
    if (names == null) {
      return code;
    }
    return names[1].isEmpty() || names[1].equals(names[0])
        ? code + ", " + names[0]
        : code + ", " + names[0] + ", " + names[1];
  }

  /** INSEE code of the PLM city an arrondissement municipal belongs to, or null. */
  static String plmCityCode(String citycode) {
    if (citycode.matches("751(0[1-9]|1\\d|20)")) {
      return "75056";
    }
    if (citycode.matches("132(0[1-9]|1[0-6])")) {
      return "13055";
    }
    if (citycode.matches("6938[1-9]")) {
      return "69123";
    }
    return null;
  }

  static String plmCityName(String plmCode) {
    return switch (plmCode) {
      case "75056" -> "Paris";
      case "13055" -> "Marseille";
      case "69123" -> "Lyon";
      default -> throw new IllegalArgumentException(plmCode);
    };
  }

  private static Map<String, String[]> read() {
    Map<String, String[]> byCode = new HashMap<>();
    try (InputStream in = AdministrativeContext.class.getResourceAsStream("departements.tsv")) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.startsWith("#") && !line.isBlank()) {
          String[] cells = line.split("\t", -1);
          byCode.put(cells[0], new String[] {cells[1], cells.length > 2 ? cells[2] : ""});
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return byCode;
  }
}
