package fr.gouv.ban.api.geocoding;

import static fr.gouv.ban.domain.Jsonp.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bytes are the ones JSON-P (Parsson) prints for the same values, encoded as UTF-8. */
class JsonBytesTest {
  private static String jsonp(Object value) {
    var array = JSON.createArrayBuilder();
    if (value instanceof String s) {
      array.add(s);
    } else if (value instanceof Double d) {
      array.add(d);
    } else {
      array.add((Long) value);
    }
    return array.build().toString();
  }

  private static String bytes(Object value) {
    JsonBytes out = new JsonBytes().startArray();
    if (value instanceof String s) {
      out.value(s);
    } else if (value instanceof Double d) {
      out.value(d);
    } else {
      out.value((long) (Long) value);
    }
    return new String(out.end(']').toByteArray(), StandardCharsets.UTF_8);
  }

  @Test
  void everyCharacterIsEscapedOrEncodedAsJsonpDoes() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String s = "a" + (char) c + "b";
      byte[] expected = jsonp(s).getBytes(StandardCharsets.UTF_8); // lone surrogates: '?'
      JsonBytes out = new JsonBytes().startArray().value(s).end(']');
      assertThat(out.toByteArray()).as("U+%04X", c).isEqualTo(expected);
    }
  }

  @Test
  void supplementaryCharactersAreFourUtf8Bytes() {
    String s = "x\uD83C\uDFE0y"; // a house, outside the BMP
    assertThat(bytes(s)).isEqualTo(jsonp(s));
    assertThat(bytes(s).getBytes(StandardCharsets.UTF_8)).hasSize(2 + 1 + 4 + 1 + 2);
  }

  @Test
  void numbersArePrintedAsJsonpPrintsThem() {
    List<Object> values = new ArrayList<>();
    for (double d :
        new double[] {
          0,
          -0.0,
          1,
          0.5,
          0.97123,
          1e-5,
          0.00012,
          0.001,
          2.3522219,
          48.856614,
          -61.5,
          652345.12,
          6862341.5,
          9999999.99,
          1e7,
          12345678.9,
          1e21,
          123456.0,
          Double.MIN_VALUE
        }) {
      values.add(d);
      values.add(Math.round(d * 1e5) / 1e5);
    }
    values.addAll(List.of(0L, 5L, -3L, 2_165_423L, Long.MAX_VALUE));
    for (Object v : values) {
      assertThat(bytes(v)).as("%s", v).isEqualTo(jsonp(v));
    }
  }

  @Test
  void commasSeparateMembersAndElementsAtEveryLevel() {
    JsonBytes out = new JsonBytes().startObject();
    out.key("a").startArray().value(1L).startObject().end('}').startArray().end(']').end(']');
    out.key("b").startObject().key("c").value("d").key("e").value(2.5).end('}');
    out.key("f").value("g").end('}');
    assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8))
        .isEqualTo("{\"a\":[1,{},[]],\"b\":{\"c\":\"d\",\"e\":2.5},\"f\":\"g\"}");
  }

  @Test
  void growsPastItsFirstBuffer() {
    String big = "é".repeat(5000);
    assertThat(bytes(big)).isEqualTo(jsonp(big));
  }
}
