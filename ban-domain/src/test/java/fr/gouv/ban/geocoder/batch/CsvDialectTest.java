package fr.gouv.ban.geocoder.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvDialectTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '!',
      value = {
        "semicolon!adresse;code_postal;ville\\n8 rue de la paix;75002;Paris\\n!;",
        "comma!adresse,code_postal,ville\\n8 rue de la paix,75002,Paris\\n!,",
        "tab!adresse\\tcode_postal\\tville\\n8 rue de la paix\\t75002\\tParis\\n!\\t",
        "pipe!adresse|code_postal|ville\\n8 rue de la paix|75002|Paris\\n!|",
        // commas inside quoted fields do not count
        "quoted commas!\"a,b\";\"c,d,e\"\\n\"8, rue de la paix\";\"Paris, France\"\\n!;",
        // the BAN export: semicolons, addresses with commas in other columns
        "semicolon with commas in values!id;nom;cp\\n1;Rue A, B;75001\\n2;Rue C, D;75002\\n!;",
        // one column: the comma in the value must not split it
        "one column!adresse\\n8 rue de la paix, Paris\\n!;",
        "one column without punctuation!adresse\\n8 rue de la paix Paris\\n!,",
        // header counts decide when the records agree
        "consistent beats frequent!a,b;c,d\\n1,2;3,4\\n5,6;7,8\\n!,",
      })
  void sniffsTheDelimiter(String name, String sample, String expected) {
    String text = sample.replace("\\n", "\n").replace("\\t", "\t");
    assertThat(CsvDialect.sniff(text, null, null).delimiter())
        .isEqualTo(expected.equals("\\t") ? '\t' : expected.charAt(0));
  }

  @Test
  void consistencyWithTheFollowingRecordsWinsOverTheHeaderCount() {
    // header has one ';' and two ',' but only ';' splits every record the same way
    String sample = "nom,prenom;adresse,complete\nDupont;8 rue de la paix\nMartin;1 rue X\n";
    assertThat(CsvDialect.sniff(sample, null, null).delimiter()).isEqualTo(';');
  }

  @Test
  void aGivenDelimiterOrQuoteWins() {
    CsvDialect d = CsvDialect.sniff("a;b\n1;2\n", ',', '\'');
    assertThat(d.delimiter()).isEqualTo(',');
    assertThat(d.quote()).isEqualTo('\'');
  }

  @Test
  void keepsTheLineSeparator() {
    assertThat(CsvDialect.sniff("a;b\r\n1;2\r\n", null, null).lineSeparator()).isEqualTo("\r\n");
    assertThat(CsvDialect.sniff("a;b\n1;2\n", null, null).lineSeparator()).isEqualTo("\n");
    assertThat(CsvDialect.sniff("a;b\r1;2\r", null, null).lineSeparator()).isEqualTo("\r");
  }

  @Test
  void readsOneCharacterParameters() {
    assertThat(CsvDialect.character("delimiter", null)).isNull();
    assertThat(CsvDialect.character("delimiter", ";")).isEqualTo(';');
    assertThat(CsvDialect.character("delimiter", "tab")).isEqualTo('\t');
    assertThat(CsvDialect.character("delimiter", "\\t")).isEqualTo('\t');
    assertThatThrownBy(() -> CsvDialect.character("delimiter", ";;"))
        .isInstanceOf(CsvBatchException.class)
        .hasMessageContaining("one character");
    assertThatThrownBy(() -> new CsvDialect('"', '"', "\n")).isInstanceOf(CsvBatchException.class);
  }
}
