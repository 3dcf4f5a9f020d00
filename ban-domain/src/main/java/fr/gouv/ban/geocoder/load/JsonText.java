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

  /** Kept for symmetry with callers that read whole files. */
  static Object parse(byte[] utf8) {
    try {
      return MAPPER.readValue(utf8, Object.class);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
