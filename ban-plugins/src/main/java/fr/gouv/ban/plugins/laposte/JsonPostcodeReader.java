package fr.gouv.ban.plugins.laposte;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import fr.gouv.ban.domain.spi.ChangeCommand;
import fr.gouv.ban.domain.spi.IngestionContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads the {@code codes-postaux} JSON array ({@code [{"codePostal", "codeCommune", "nomCommune",
 * "libelleAcheminement"}, ...]}, plus {@code ligne5} when a release carries it) one element at a
 * time with Jackson's streaming parser, so memory stays flat whatever the file's size. The whole
 * file is often one physical line: reports give the element's line and its index in the array.
 * Unknown fields are skipped; a value of the wrong type makes the element rejected, broken JSON
 * stops the file.
 */
final class JsonPostcodeReader {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build();

  private JsonPostcodeReader() {}

  static Stream<ChangeCommand> read(InputStream in, IngestionContext ctx) throws IOException {
    JsonParser parser = FACTORY.createParser(in);
    // the caller owns the stream
    parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      throw new IOException("not a codes-postaux file: expected a JSON array of postcodes");
    }
    PostcodeCommands commands = new PostcodeCommands(ctx);
    Spliterator<ChangeCommand> elements =
        new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
          private long index;

          @Override
          public boolean tryAdvance(Consumer<? super ChangeCommand> action) {
            try {
              JsonToken t;
              while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                  throw new IOException("truncated JSON: the array is not closed");
                }
                index++;
                long line = parser.currentTokenLocation().getLineNr();
                PostcodeRow row = element(parser, t, line, index, ctx);
                if (row != null
                    && commands.toCommand(row).map(c -> accept(action, c)).isPresent()) {
                  return true;
                }
              }
              return false;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        };
    return StreamSupport.stream(elements, false);
  }

  private static boolean accept(Consumer<? super ChangeCommand> action, ChangeCommand c) {
    action.accept(c);
    return true;
  }

  /** The row of the element at the parser, or null when it is not an object (reported). */
  private static PostcodeRow element(
      JsonParser parser, JsonToken t, long line, long index, IngestionContext ctx)
      throws IOException {
    String where = "element " + index;
    if (t != JsonToken.START_OBJECT) {
      parser.skipChildren();
      ctx.reject(line, where + ": expected an object {codePostal, codeCommune, ...}, got " + t);
      return null;
    }
    String insee = null;
    String code = null;
    String name = null;
    String complement = null;
    String wrongType = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (value.isStructStart()) {
        parser.skipChildren();
      }
      boolean text = value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NULL;
      String s = value == JsonToken.VALUE_STRING ? PostcodeCommands.clean(parser.getText()) : null;
      switch (field) {
        case "codeCommune" -> insee = s;
        case "codePostal" -> code = s;
        case "libelleAcheminement" -> name = s;
        case "ligne5" -> complement = s;
        default -> text = true;
      }
      if (!text && wrongType == null) {
        wrongType = field + ": expected a string, got " + value;
      }
    }
    if (wrongType != null) {
      ctx.reject(line, where + ": " + wrongType);
      return null;
    }
    return new PostcodeRow(line, where, insee, code, name, complement);
  }
}
