package fr.gouv.ban.geocoder.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8CheckTest {

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  @Test
  void acceptsUtf8AndRefusesLatin1() {
    assertThat(Utf8Check.of("adresse;ville\n8 rue de la paix;Paris".getBytes()).isValid()).isTrue();
    assertThat(Utf8Check.of("Allée Château Œuvre €".getBytes(StandardCharsets.UTF_8)).isValid())
        .isTrue();
    Utf8Check latin1 = Utf8Check.of("rue de l'Église".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(latin1.isValid()).isFalse();
    assertThat(latin1.firstInvalidOffset())
        .isEqualTo(10); // "É" = C9 opens a sequence, "g" breaks it
  }

  @Test
  void followsSequencesAcrossChunks() {
    byte[] all = "aé€😀b".getBytes(StandardCharsets.UTF_8);
    Utf8Check c = new Utf8Check();
    for (int i = 0; i < all.length; i++) {
      c.update(all, i, 1);
    }
    assertThat(c.isValid()).isTrue();
    assertThat(c.length()).isEqualTo(all.length);
  }

  @Test
  void refusesOverlongsSurrogatesAndCutSequences() {
    assertThat(Utf8Check.of(bytes(0xC0, 0xAF)).isValid()).isFalse(); // overlong '/'
    assertThat(Utf8Check.of(bytes(0xE0, 0x80, 0xAF)).isValid()).isFalse();
    assertThat(Utf8Check.of(bytes(0xED, 0xA0, 0x80)).isValid()).isFalse(); // surrogate
    assertThat(Utf8Check.of(bytes(0xF4, 0x90, 0x80, 0x80)).isValid()).isFalse(); // > U+10FFFF
    assertThat(Utf8Check.of(bytes(0x61, 0xC3)).isValid()).isFalse(); // cut at the end
    assertThat(Utf8Check.of(bytes(0x61, 0xC3)).firstInvalidOffset()).isEqualTo(1);
    assertThat(Utf8Check.of(bytes(0x80)).isValid()).isFalse(); // lone continuation
  }

  @Test
  void seesTheByteOrderMark() {
    assertThat(Utf8Check.of(bytes(0xEF, 0xBB, 0xBF, 0x61)).hasBom()).isTrue();
    assertThat(Utf8Check.of(bytes(0xEF, 0xBB)).hasBom()).isFalse();
    assertThat(Utf8Check.of("a\uFEFF".getBytes(StandardCharsets.UTF_8)).hasBom()).isFalse();
  }

  @Test
  void choosesTheEncoding() {
    Utf8Check utf8 = Utf8Check.of("é".getBytes(StandardCharsets.UTF_8));
    Utf8Check latin1 = Utf8Check.of("é".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(Encodings.choose(null, utf8)).isEqualTo(StandardCharsets.UTF_8);
    assertThat(Encodings.choose(null, latin1)).isEqualTo(Encodings.WINDOWS_1252);
    assertThat(Encodings.choose("latin-1", utf8)).isEqualTo(StandardCharsets.ISO_8859_1);
    assertThat(Encodings.choose("utf-8-sig", latin1)).isEqualTo(StandardCharsets.UTF_8);
    assertThat(Encodings.choose("CP1252", utf8)).isEqualTo(Encodings.WINDOWS_1252);
    assertThat(Encodings.forName("UTF-16")).isEqualTo(StandardCharsets.UTF_16);
    assertThatThrownBy(() -> Encodings.forName("klingon"))
        .isInstanceOf(CsvBatchException.class)
        .hasMessageContaining("klingon");
  }
}
