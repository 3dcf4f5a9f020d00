package fr.gouv.ban.plugins.municipal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BalRulesTest {
  private static final Map<String, String> VALID = new LinkedHashMap<>();

  static {
    VALID.put("cle_interop", "75101_4461_00012_bis");
    VALID.put("uid_adresse", "");
    VALID.put("voie_nom", "Rue des Halles");
    VALID.put("voie_nom_bre", "");
    VALID.put("lieudit_complement_nom", "");
    VALID.put("numero", "12");
    VALID.put("suffixe", "bis");
    VALID.put("commune_insee", "75101");
    VALID.put("commune_nom", "Paris 1er Arrondissement");
    VALID.put("commune_deleguee_insee", "");
    VALID.put("position", "entrée");
    VALID.put("x", "652102.8");
    VALID.put("y", "6862310.49");
    VALID.put("long", "2.347178");
    VALID.put("lat", "48.859048");
    VALID.put("cad_parcelles", "");
    VALID.put("source", "Ville de Paris");
    VALID.put("date_der_maj", "2024-06-21");
    VALID.put("certification_commune", "1");
    VALID.put("id_ban_commune", "");
    VALID.put("id_ban_toponyme", "");
    VALID.put("id_ban_adresse", "");
  }

  private final BalRules rules = new BalRules(LocalDate.of(2024, 7, 1));

  private List<String> failures(Map<String, String> changes) throws IOException {
    Map<String, String> values = new LinkedHashMap<>(VALID);
    values.putAll(changes);
    BalHeader header = BalHeader.of(new ArrayList<>(values.keySet()));
    BalRow row = new BalRow(2, header, new ArrayList<>(values.values()));
    return rules.check(row).stream().map(f -> f.rule().id()).toList();
  }

  @ParameterizedTest(name = "{0} = \"{1}\" is accepted")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "cle_interop => 75101_4461_00012_bis",
        "numero => 012",
        "suffixe => BIS",
        "commune_deleguee_insee => 75101",
        "voie_nom => Rue de l'Église",
        "voie_nom => RD 12",
        "voie_nom => Route de Bourg",
        "voie_nom_bre => Straed an Iliz",
        "lieudit_complement_nom => Les Granges",
        "position => ''",
        "position => Entree",
        "position => cage d’escalier",
        "position => délivrance postale",
        "position => service technique",
        "long => -61.5",
        "lat => -21",
        "x => ''",
        "cad_parcelles => 75101000AB0012",
        "cad_parcelles => 2A004000AB0012|2A0040000A0013",
        "date_der_maj => ''",
        "date_der_maj => 2024-07-02",
        "certification_commune => 0",
        "certification_commune => ''",
        "id_ban_commune => 0f5d5c43-4583-585d-99d3-c436b6b23e72",
      })
  void acceptsValuesOfTheStandard(String column, String value) throws IOException {
    assertThat(failures(Map.of(column, value))).isEmpty();
  }

  @ParameterizedTest(name = "{0} = \"{1}\" breaks {2}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "cle_interop => '' => cle_interop.required",
        "cle_interop => 75101_4461_00012_BIS => cle_interop.case",
        "cle_interop => 75101_461_00012_bis => cle_interop.format",
        "cle_interop => 75101_4461_0012_bis => cle_interop.format",
        "cle_interop => 75101-4461-00012-bis => cle_interop.format",
        "cle_interop => 75102_4461_00012_bis => cle_interop.insee-mismatch",
        "cle_interop => 75101_4461_00013_bis => cle_interop.numero-mismatch",
        "cle_interop => 75101_4461_00012_ter => cle_interop.suffixe-mismatch",
        "cle_interop => 75101_4461_00012 => cle_interop.suffixe-mismatch",
        "numero => 12a => numero.format",
        "numero => -1 => numero.format",
        "numero => 100000 => numero.format",
        "suffixe => b-is => suffixe.format",
        "suffixe => quinquiess => suffixe.format",
        "commune_insee => 7510 => commune_insee.format",
        "commune_deleguee_insee => 2C004 => commune_deleguee_insee.format",
        "voie_nom => '' => voie_nom.required",
        "voie_nom => Ru => voie_nom.length",
        "voie_nom => RUE DES HALLES => voie_nom.case",
        "voie_nom => Rue_des_Halles => voie_nom.underscore",
        "voie_nom => R des Halles => voie_nom.abbreviation",
        "voie_nom => Av. Foch => voie_nom.abbreviation",
        "voie_nom_bre => STRAED AN ILIZ => voie_nom_lang.format",
        "lieudit_complement_nom => LES GRANGES => lieudit_complement_nom.format",
        "position => porte => position.value",
        "long => '' => long_lat.required",
        "lat => '' => long_lat.required",
        "long => 2,347178 => long.format",
        "long => 181 => long.format",
        "lat => 91.5 => lat.format",
        "lat => N48.85 => lat.format",
        "y => 6862310,49 => x_y.format",
        "cad_parcelles => 75101-AB-12 => cad_parcelles.format",
        "cad_parcelles => 75101000AB0012|75101000AB12 => cad_parcelles.format",
        "date_der_maj => 21/06/2024 => date_der_maj.format",
        "date_der_maj => 2024-02-30 => date_der_maj.format",
        "date_der_maj => 2024-07-03 => date_der_maj.future",
        "certification_commune => oui => certification_commune.value",
        "id_ban_adresse => 12 => id_ban.format",
        "id_ban_adresse => 0f5d5c43-4583-585d-99d3-c436b6b23e72 => id_ban.consistency",
      })
  void rejectsValuesBreakingARule(String column, String value, String rule) throws IOException {
    assertThat(failures(Map.of(column, value))).contains(rule);
  }

  @ParameterizedTest(name = "numero 99999 with suffixe \"{0}\": {1}")
  @CsvSource(
      delimiterString = " => ",
      value = {"'' => ok", "bis => numero.toponyme-suffixe"})
  void aToponymeTakesNoSuffixe(String suffixe, String expected) throws IOException {
    List<String> failures =
        failures(
            Map.of(
                "numero",
                "99999",
                "suffixe",
                suffixe,
                "cle_interop",
                "75101_4461_99999" + (suffixe.isEmpty() ? "" : "_" + suffixe)));
    if (expected.equals("ok")) {
      assertThat(failures).isEmpty();
    } else {
      assertThat(failures).containsExactly(expected);
    }
  }

  @ParameterizedTest(name = "cle_interop insee {0} with commune déléguée {1}: {2}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "75101 => '' => ok",
        "75102 => 75102 => ok",
        "75103 => 75102 => cle_interop.insee-mismatch"
      })
  void theCleMayUseTheCommuneDeleguee(String insee, String deleguee, String expected)
      throws IOException {
    List<String> failures =
        failures(
            Map.of("cle_interop", insee + "_4461_00012_bis", "commune_deleguee_insee", deleguee));
    if (expected.equals("ok")) {
      assertThat(failures).isEmpty();
    } else {
      assertThat(failures).containsExactly(expected);
    }
  }
}
