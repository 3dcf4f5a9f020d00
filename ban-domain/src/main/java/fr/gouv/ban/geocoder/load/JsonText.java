package fr.gouv.ban.geocoder.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/**
 * JSON text to plain Java values (maps, lists, strings, numbers, booleans, null) with Jackson. The
 * geocoder core stays free of Jakarta APIs, so it does not use JSON-P.
 */
final class JsonText {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonText() {}

  /**
   * @throws IllegalArgumentException when the text is not JSON
   */
  static Object parse(String text) {
    try {
      return MAPPER.readValue(text, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("invalid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Same as {@link #parse(String)} for a whole UTF-8 file read at once. */
  static Object parse(byte[] utf8) {
    try {
      return MAPPER.readValue(utf8, Object.class);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
