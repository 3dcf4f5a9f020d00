package fr.gouv.ban.plugins.municipal;

/**
 * The BAL standard's rules this import enforces, each with a stable id that rejection reasons
 * start with ({@code "numero.format: ..."}). A row breaking any of them is rejected whole: the
 * standard's errors, re-expressed from the BAL 1.3/1.4 specification (the validator {@code
 * @ban-team/validateur-bal} implements the same standard); its mere warnings are not enforced.
 */
enum BalRule {
  ROW_FIELD_COUNT("row.field-count", "a row has as many fields as the header"),
  CLE_INTEROP_REQUIRED("cle_interop.required", "cle_interop is set"),
  CLE_INTEROP_CASE("cle_interop.case", "cle_interop is in lower case"),
  CLE_INTEROP_FORMAT(
      "cle_interop.format",
      "cle_interop is <insee>_<voie: 4 letters or digits, or xxxx>_<numero: 5 digits>[_<suffixe>]"),
  CLE_INTEROP_INSEE(
      "cle_interop.insee-mismatch",
      "the INSEE part of cle_interop is commune_insee (or commune_deleguee_insee)"),
  CLE_INTEROP_NUMERO("cle_interop.numero-mismatch", "the numero part of cle_interop is numero"),
  CLE_INTEROP_SUFFIXE(
      "cle_interop.suffixe-mismatch", "the suffixe part of cle_interop is suffixe in lower case"),
  NUMERO_FORMAT("numero.format", "numero is an integer from 0 to 99999 (99999: toponyme)"),
  NUMERO_TOPONYME("numero.toponyme-suffixe", "a toponyme (numero 99999) has no suffixe"),
  SUFFIXE_FORMAT(
      "suffixe.format", "suffixe is 1 to 9 letters or digits, starting with a letter or digit"),
  COMMUNE_INSEE_FORMAT(
      "commune_insee.format", "commune_insee is an INSEE code (2A/2B for Corsica)"),
  COMMUNE_DELEGUEE_FORMAT(
      "commune_deleguee_insee.format", "commune_deleguee_insee, when set, is an INSEE code"),
  VOIE_NOM_REQUIRED("voie_nom.required", "voie_nom is set"),
  VOIE_NOM_LENGTH("voie_nom.length", "voie_nom has 3 to 200 characters"),
  VOIE_NOM_CASE("voie_nom.case", "voie_nom is not all in capitals"),
  VOIE_NOM_UNDERSCORE("voie_nom.underscore", "voie_nom has no '_'"),
  VOIE_NOM_ABBREVIATION(
      "voie_nom.abbreviation", "voie_nom does not start with an abbreviated type (R, AV, BD...)"),
  VOIE_NOM_LANGUAGE("voie_nom_lang.format", "voie_nom_<lang> follows the voie_nom rules"),
  LIEUDIT_FORMAT(
      "lieudit_complement_nom.format",
      "lieudit_complement_nom (and its _<lang> columns), when set, follow the voie_nom rules"),
  POSITION_VALUE(
      "position.value",
      "position is one of the BAL list (entrée, bâtiment, cage d'escalier, logement, parcelle,"
          + " segment, délivrance postale, service technique) or empty"),
  LONG_LAT_REQUIRED("long_lat.required", "long and lat are set"),
  LONG_FORMAT("long.format", "long is a decimal number with a '.' from -180 to 180"),
  LAT_FORMAT("lat.format", "lat is a decimal number with a '.' from -90 to 90"),
  XY_FORMAT("x_y.format", "x and y, when set, are decimal numbers with a '.'"),
  CAD_PARCELLES_FORMAT(
      "cad_parcelles.format",
      "cad_parcelles is a '|'-separated list of 14-character parcel ids"
          + " (<insee 5><prefix 3 digits><section 2><number 4 digits>)"),
  DATE_FORMAT("date_der_maj.format", "date_der_maj, when set, is an ISO date YYYY-MM-DD"),
  DATE_FUTURE("date_der_maj.future", "date_der_maj is not in the future"),
  CERTIFICATION_VALUE("certification_commune.value", "certification_commune is 0, 1 or empty"),
  ID_BAN_FORMAT(
      "id_ban.format", "id_ban_commune, id_ban_toponyme, id_ban_adresse, when set, are UUIDs"),
  ID_BAN_CONSISTENCY(
      "id_ban.consistency",
      "id_ban_adresse needs id_ban_toponyme and id_ban_commune; id_ban_toponyme needs"
          + " id_ban_commune");

  private final String id;
  private final String expectation;

  BalRule(String id, String expectation) {
    this.id = id;
    this.expectation = expectation;
  }

  /** The rule's stable id. */
  String id() {
    return id;
  }

  /** What the rule expects, in one sentence (documentation). */
  String expectation() {
    return expectation;
  }
}
