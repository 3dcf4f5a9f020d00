package fr.gouv.ban.geocoder.load;

import java.io.IOException;
import java.util.List;

/** Column positions of the BAN CSV header, resolved once. */
final class BanCsvColumns {

  private final int id;
  private final int numero;
  private final int rep;
  private final int nomVoie;
  private final int codePostal;
  private final int codeInsee;
  private final int nomCommune;
  private final int oldCode;
  private final int oldName;
  private final int x;
  private final int y;
  private final int lon;
  private final int lat;

  BanCsvColumns(CsvRows rows) throws IOException {
    id = rows.column("id");
    numero = rows.column("numero");
    rep = rows.column("rep");
    nomVoie = rows.column("nom_voie");
    codePostal = rows.column("code_postal");
    codeInsee = rows.column("code_insee");
    nomCommune = rows.column("nom_commune");
    oldCode = rows.column("code_insee_ancienne_commune");
    oldName = rows.column("nom_ancienne_commune");
    x = rows.column("x");
    y = rows.column("y");
    lon = rows.column("lon");
    lat = rows.column("lat");
  }

  BanCsvRow read(List<String> row) {
    String key = row.get(id);
    return new BanCsvRow(
        key,
        streetIdOf(key),
        row.get(numero) + row.get(rep),
        row.get(nomVoie),
        row.get(codePostal),
        row.get(codeInsee),
        row.get(nomCommune),
        row.get(oldCode),
        row.get(oldName),
        number(row.get(x)),
        number(row.get(y)),
        number(row.get(lon)),
        number(row.get(lat)));
  }

  /** "75102_6998_00008_b" → "75102_6998". */
  static String streetIdOf(String key) {
    int first = key.indexOf('_');
    int second = first < 0 ? -1 : key.indexOf('_', first + 1);
    return second < 0 ? key : key.substring(0, second);
  }

  private static double number(String value) {
    return value.isEmpty() ? Double.NaN : Double.parseDouble(value);
  }
}
