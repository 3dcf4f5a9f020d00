package fr.gouv.ban.api.resource;

import static fr.gouv.ban.domain.Jsonp.JSON;

import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ErrorCode;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads request bodies as JSON, bounded in size, with a clear 400/413 for anything else. */
public final class JsonBodies {
  private JsonBodies() {}

  /** The body as a JSON object. */
  public static JsonObject object(InputStream in, long maxBytes) {
    JsonValue v = value(in, maxBytes);
    if (v.getValueType() != JsonValue.ValueType.OBJECT) {
      throw malformed("Body must be a JSON object, got " + v.getValueType().name().toLowerCase());
    }
    return v.asJsonObject();
  }

  /** The body as any JSON value. */
  public static JsonValue value(InputStream in, long maxBytes) {
    String text = read(in, maxBytes);
    if (text.isBlank()) {
      throw malformed("Body must be a JSON object; it is empty");
    }
    try (JsonParser parser = JSON.createParser(new StringReader(text))) {
      parser.next();
      JsonValue value = parser.getValue();
      if (parser.hasNext()) {
        throw malformed("Body is not valid JSON: unexpected content after the JSON value");
      }
      return value;
    } catch (JsonParsingException e) {
      throw malformed("Body is not valid JSON: " + e.getMessage());
    } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
      throw malformed("Body is not valid JSON");
    }
  }

  private static String read(InputStream in, long maxBytes) {
    if (in == null) {
      return "";
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      long total = 0;
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw new BanException(
              ErrorCode.PAYLOAD_TOO_LARGE, "Request body larger than " + maxBytes + " bytes");
        }
        out.write(buffer, 0, n);
      }
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(out.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw malformed("Body is not UTF-8");
    } catch (IOException e) {
      throw malformed("Body could not be read: " + e.getMessage());
    }
  }

  private static BanException malformed(String message) {
    return new BanException(ErrorCode.MALFORMED_BODY, message);
  }
}
