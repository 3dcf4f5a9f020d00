package fr.gouv.ban.plugins.municipal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks one BAL row against the {@link BalRule}s. Pure and cheap (a few regular expressions per
 * row); {@code today} is given so that the future-date rule is testable.
 */
final class BalRules {
  /**
   * {@code <insee>_<voie>_<numero>[_<suffixe>]}, lower case, groups: insee, voie, numero, suffixe.
   */
  static final Pattern CLE_INTEROP =
      Pattern.compile("((?:2[ab]|\\d{2})\\d{3})_([0-9a-z]{4})_(\\d{5})(?:_([0-9a-z]+))?");

  static final Pattern INSEE = Pattern.compile("(2[AB]|\\d{2})\\d{3}");
  static final Pattern NUMERO = Pattern.compile("\\d{1,5}");
  static final Pattern SUFFIXE = Pattern.compile("[0-9A-Za-z]{1,9}");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern PARCELLE =
      Pattern.compile("(2[AB]|\\d{2})\\d{3}\\d{3}[0-9A-Z]{2}\\d{4}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final LocalDate today;

  /** One broken rule of a row; {@link #reason()} is what the import report shows. */
  record Failure(BalRule rule, String message) {
    String reason() {
      return rule.id() + ": " + message;
    }
  }

  BalRules(LocalDate today) {
    this.today = today;
  }

  /** Every rule the row breaks, in column order; empty when it can be imported. */
  List<Failure> check(BalRow row) {
    List<Failure> out = new ArrayList<>();
    if (row.values().size() != row.header().width()) {
      out.add(
          new Failure(
              BalRule.ROW_FIELD_COUNT,
              "expected "
                  + row.header().width()
                  + " fields separated by ';' as in the header, got "
                  + row.values().size()));
      return out;
    }
    checkCommune(row, out);
    checkNumero(row, out);
    checkCleInterop(row, out);
    checkNames(row, out);
    checkPosition(row, out);
    checkMetadata(row, out);
    return out;
  }

  private static void checkCommune(BalRow row, List<Failure> out) {
    String insee = row.get("commune_insee");
    if (!INSEE.matcher(insee.toUpperCase(Locale.ROOT)).matches()) {
      out.add(
          new Failure(
              BalRule.COMMUNE_INSEE_FORMAT,
              "commune_insee: expected a 5-character INSEE code (\"75101\", \"2A004\"), got "
                  + quoted(insee)));
    }
    String deleguee = row.get("commune_deleguee_insee");
    if (!deleguee.isEmpty() && !INSEE.matcher(deleguee.toUpperCase(Locale.ROOT)).matches()) {
      out.add(
          new Failure(
              BalRule.COMMUNE_DELEGUEE_FORMAT,
              "commune_deleguee_insee: expected a 5-character INSEE code, got "
                  + quoted(deleguee)));
    }
  }

  private static void checkNumero(BalRow row, List<Failure> out) {
    String numero = row.get("numero");
    if (!NUMERO.matcher(numero).matches()) {
      out.add(
          new Failure(
              BalRule.NUMERO_FORMAT,
              "numero: expected an integer from 0 to 99999, got " + quoted(numero)));
    }
    String suffixe = row.get("suffixe");
    if (!suffixe.isEmpty() && !SUFFIXE.matcher(suffixe).matches()) {
      out.add(
          new Failure(
              BalRule.SUFFIXE_FORMAT,
              "suffixe: expected 1 to 9 letters or digits (\"bis\", \"a\"), got "
                  + quoted(suffixe)));
    } else if (!suffixe.isEmpty() && numero.equals("99999")) {
      out.add(
          new Failure(
              BalRule.NUMERO_TOPONYME,
              "suffixe: a toponyme (numero 99999) takes no suffixe, got " + quoted(suffixe)));
    }
  }

  private static void checkCleInterop(BalRow row, List<Failure> out) {
    String cle = row.get("cle_interop");
    if (cle.isEmpty()) {
      out.add(new Failure(BalRule.CLE_INTEROP_REQUIRED, "cle_interop: expected a value"));
      return;
    }
    String lower = cle.toLowerCase(Locale.ROOT);
    if (!lower.equals(cle)) {
      out.add(
          new Failure(
              BalRule.CLE_INTEROP_CASE,
              "cle_interop: expected lower case (" + quoted(lower) + "), got " + quoted(cle)));
    }
    Matcher m = CLE_INTEROP.matcher(lower);
    if (!m.matches()) {
      out.add(
          new Failure(
              BalRule.CLE_INTEROP_FORMAT,
              "cle_interop: expected <insee>_<voie: 4 characters or xxxx>_<numero: 5 digits>"
                  + "[_<suffixe>] (\"75101_4461_00001_bis\"), got "
                  + quoted(cle)));
      return;
    }
    checkCleParts(row, m, out);
  }

  private static void checkCleParts(BalRow row, Matcher cle, List<Failure> out) {
    String insee = row.get("commune_insee").toLowerCase(Locale.ROOT);
    String deleguee = row.get("commune_deleguee_insee").toLowerCase(Locale.ROOT);
    if (!cle.group(1).equals(insee) && !cle.group(1).equals(deleguee)) {
      out.add(
          new Failure(
              BalRule.CLE_INTEROP_INSEE,
              "cle_interop: expected to start with commune_insee "
                  + quoted(insee)
                  + (deleguee.isEmpty() ? "" : " or commune_deleguee_insee " + quoted(deleguee))
                  + ", got "
                  + quoted(cle.group(1))));
    }
    String numero = row.get("numero");
    if (NUMERO.matcher(numero).matches()
        && Integer.parseInt(cle.group(3)) != Integer.parseInt(numero)) {
      out.add(
          new Failure(
              BalRule.CLE_INTEROP_NUMERO,
              "cle_interop: expected numero part "
                  + quoted(String.format("%05d", Integer.parseInt(numero)))
                  + " (numero "
                  + numero
                  + "), got "
                  + quoted(cle.group(3))));
    }
    String suffixe = row.get("suffixe").toLowerCase(Locale.ROOT);
    String part = cle.group(4) == null ? "" : cle.group(4);
    if (!part.equals(suffixe)) {
      out.add(
          new Failure(
              BalRule.CLE_INTEROP_SUFFIXE,
              "cle_interop: expected suffixe part "
                  + (suffixe.isEmpty() ? "none" : quoted(suffixe))
                  + " (suffixe column), got "
                  + (part.isEmpty() ? "none" : quoted(part))));
    }
  }

  private static void checkNames(BalRow row, List<Failure> out) {
    String voie = row.get("voie_nom");
    if (voie.isEmpty()) {
      out.add(new Failure(BalRule.VOIE_NOM_REQUIRED, "voie_nom: expected a street or place name"));
    } else {
      BalNames.Problem p = BalNames.check(voie);
      if (p != null) {
        out.add(new Failure(voieRule(p), "voie_nom: " + BalNames.message(p, voie)));
      }
    }
    for (String lang : row.header().voieLanguages()) {
      name(row, "voie_nom_" + lang, BalRule.VOIE_NOM_LANGUAGE, out);
    }
    name(row, "lieudit_complement_nom", BalRule.LIEUDIT_FORMAT, out);
    for (String lang : row.header().lieuditLanguages()) {
      name(row, "lieudit_complement_nom_" + lang, BalRule.LIEUDIT_FORMAT, out);
    }
  }

  private static BalRule voieRule(BalNames.Problem p) {
    return switch (p) {
      case LENGTH -> BalRule.VOIE_NOM_LENGTH;
      case CASE -> BalRule.VOIE_NOM_CASE;
      case UNDERSCORE -> BalRule.VOIE_NOM_UNDERSCORE;
      case ABBREVIATION -> BalRule.VOIE_NOM_ABBREVIATION;
    };
  }

  /** An optional name column: when set, the voie_nom rules apply. */
  private static void name(BalRow row, String column, BalRule rule, List<Failure> out) {
    String value = row.get(column);
    BalNames.Problem p = value.isEmpty() ? null : BalNames.check(value);
    if (p != null) {
      out.add(new Failure(rule, column + ": " + BalNames.message(p, value)));
    }
  }

  private static void checkPosition(BalRow row, List<Failure> out) {
    String position = row.get("position");
    if (BalPositions.kind(position) == null) {
      out.add(
          new Failure(
              BalRule.POSITION_VALUE,
              "position: expected one of entrée, bâtiment, cage d'escalier, logement, parcelle,"
                  + " segment, délivrance postale, service technique, got "
                  + quoted(position)));
    }
    String lon = row.get("long");
    String lat = row.get("lat");
    if (lon.isEmpty() || lat.isEmpty()) {
      out.add(
          new Failure(
              BalRule.LONG_LAT_REQUIRED,
              "long/lat: expected the WGS84 coordinates of the address, got "
                  + (lon.isEmpty() ? "no long" : "long " + quoted(lon))
                  + " and "
                  + (lat.isEmpty() ? "no lat" : "lat " + quoted(lat))));
    } else {
      coordinate(lon, "long", 180, BalRule.LONG_FORMAT, out);
      coordinate(lat, "lat", 90, BalRule.LAT_FORMAT, out);
    }
    for (String axis : List.of("x", "y")) {
      String v = row.get(axis);
      if (!v.isEmpty() && !DECIMAL.matcher(v).matches()) {
        out.add(
            new Failure(
                BalRule.XY_FORMAT,
                axis + ": expected a decimal number" + separator(v) + ", got " + quoted(v)));
      }
    }
  }

  private static void coordinate(
      String value, String column, double max, BalRule rule, List<Failure> out) {
    if (!DECIMAL.matcher(value).matches()) {
      out.add(
          new Failure(
              rule,
              column
                  + ": expected a decimal number"
                  + separator(value)
                  + ", got "
                  + quoted(value)));
    } else if (Math.abs(Double.parseDouble(value)) > max) {
      out.add(
          new Failure(
              rule,
              column
                  + ": expected a number from -"
                  + (int) max
                  + " to "
                  + (int) max
                  + ", got "
                  + value));
    }
  }

  /** Hints at the most frequent mistake, a French decimal comma. */
  private static String separator(String value) {
    return value.contains(",") ? " with '.' as decimal separator, not ','" : "";
  }

  private void checkMetadata(BalRow row, List<Failure> out) {
    String parcelles = row.get("cad_parcelles");
    if (!parcelles.isEmpty()) {
      for (String p : parcelles.split("\\|", -1)) {
        if (!PARCELLE.matcher(p.strip()).matches()) {
          out.add(
              new Failure(
                  BalRule.CAD_PARCELLES_FORMAT,
                  "cad_parcelles: expected 14-character parcel ids separated by '|'"
                      + " (\"75101000AB0012\"), got "
                      + quoted(p)));
          break;
        }
      }
    }
    checkDate(row.get("date_der_maj"), out);
    String certification = row.get("certification_commune");
    if (!certification.isEmpty() && !certification.equals("0") && !certification.equals("1")) {
      out.add(
          new Failure(
              BalRule.CERTIFICATION_VALUE,
              "certification_commune: expected 0 or 1, got " + quoted(certification)));
    }
    checkIdBan(row, out);
  }

  private void checkDate(String date, List<Failure> out) {
    if (date.isEmpty()) {
      return;
    }
    LocalDate parsed = null;
    try {
      parsed = DATE.matcher(date).matches() ? LocalDate.parse(date) : null;
    } catch (DateTimeException e) {
      parsed = null;
    }
    if (parsed == null) {
      out.add(
          new Failure(
              BalRule.DATE_FORMAT,
              "date_der_maj: expected an ISO date YYYY-MM-DD, got " + quoted(date)));
    } else if (parsed.isAfter(today.plusDays(1))) {
      // one day of tolerance: the producer's clock may be a time zone ahead
      out.add(
          new Failure(
              BalRule.DATE_FUTURE,
              "date_der_maj: expected a date up to today (" + today + "), got " + date));
    }
  }

  private static void checkIdBan(BalRow row, List<Failure> out) {
    boolean commune = !row.isEmpty("id_ban_commune");
    boolean toponyme = !row.isEmpty("id_ban_toponyme");
    boolean adresse = !row.isEmpty("id_ban_adresse");
    for (String column : List.of("id_ban_commune", "id_ban_toponyme", "id_ban_adresse")) {
      String v = row.get(column);
      if (!v.isEmpty() && !UUID.matcher(v).matches()) {
        out.add(
            new Failure(
                BalRule.ID_BAN_FORMAT,
                column + ": expected a UUID (8-4-4-4-12 hex digits), got " + quoted(v)));
        return;
      }
    }
    if (adresse && !(toponyme && commune) || toponyme && !commune) {
      out.add(
          new Failure(
              BalRule.ID_BAN_CONSISTENCY,
              "id_ban: expected id_ban_commune with id_ban_toponyme, and both with id_ban_adresse"));
    }
  }

  private static String quoted(String value) {
    return "\"" + value + "\"";
  }
}
