package fr.gouv.ban.api.ingestion;

import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Receives an import's file into a temporary file, streaming (never the whole file in memory),
 * refusing more than {@code ban.import.max-bytes}.
 */
@ApplicationScoped
public class ImportUploads {
  private static final Pattern FILENAME = Pattern.compile("filename=\"?([^\";]+)\"?");

  @Inject
  @ConfigProperty(name = "ban.import.max-bytes", defaultValue = "4294967296")
  long maxBytes;

  /**
   * A received file.
   *
   * @param file where it is (the caller deletes it)
   * @param fileName its name as sent, or {@code upload}
   */
  public record Upload(Path file, String fileName) {}

  public Upload receive(HttpServletRequest request) throws IOException {
    String type = request.getContentType();
    if (type != null && type.toLowerCase().startsWith("multipart/")) {
      throw new BanException(
          ErrorCode.UNSUPPORTED_MEDIA_TYPE,
          "Send the file itself as the request body (curl --data-binary @file"
              + " -H 'Content-Type: text/csv'), not a multipart form");
    }
    if (request.getContentLengthLong() > maxBytes) {
      throw tooLarge();
    }
    Path file = Files.createTempFile("ban-import-", ".upload");
    try (InputStream in = request.getInputStream();
        OutputStream out = Files.newOutputStream(file)) {
      byte[] buf = new byte[1 << 16];
      long total = 0;
      for (int n; (n = in.read(buf)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw tooLarge();
        }
        out.write(buf, 0, n);
      }
      if (total == 0) {
        throw new BanException(
            ErrorCode.IMPORT_FILE_MISSING,
            "The request body is the file to import, and it is empty");
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return new Upload(file, fileName(request.getHeader("Content-Disposition")));
  }

  private BanException tooLarge() {
    return new BanException(
        ErrorCode.PAYLOAD_TOO_LARGE,
        "Import files are limited to " + maxBytes + " bytes (ban.import.max-bytes)");
  }

  static String fileName(String disposition) {
    if (disposition != null) {
      Matcher m = FILENAME.matcher(disposition);
      if (m.find()) {
        return Path.of(m.group(1)).getFileName().toString();
      }
    }
    return "upload";
  }
}
