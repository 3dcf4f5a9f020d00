package fr.gouv.ban.api.geocoding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578) part by part straight from the request
 * stream, in constant memory: each part's content is an {@link InputStream} that ends at the next
 * boundary, so a file of any size is never held in memory. Parts must be read in order; asking for
 * the next part skips what is left of the current one.
 */
final class MultipartStream {
  private static final int BUFFER = 64 * 1024;
  private static final int MAX_HEADER_BYTES = 16 * 1024;
  private static final Pattern BOUNDARY =
      Pattern.compile("(?i)boundary=(?:\"([^\"]{1,200})\"|([^;,\\s]{1,200}))");
  private static final Pattern NAME = Pattern.compile("(?i)(?:^|;)\\s*name=\"([^\"]*)\"");
  private static final Pattern FILENAME = Pattern.compile("(?i)(?:^|;)\\s*filename=\"([^\"]*)\"");

  /** The form is not well-formed multipart. */
  static final class MalformedException extends IOException {
    private static final long serialVersionUID = 1L;

    MalformedException(String message) {
      super(message);
    }
  }

  /** One form field or file. */
  record Part(String name, String filename, String contentType, InputStream content) {
    /** The content as UTF-8 text, refused beyond {@code maxBytes}. */
    String text(int maxBytes) throws IOException {
      byte[] bytes = content.readNBytes(maxBytes + 1);
      if (bytes.length > maxBytes) {
        throw new FieldTooLargeException(name, maxBytes);
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** A text field above its limit. */
  static final class FieldTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    FieldTooLargeException(String name, int maxBytes) {
      super("form field " + name + " is larger than " + maxBytes + " bytes");
    }
  }

  private final InputStream in;
  private final byte[] delimiter; // CRLF -- boundary
  private final byte[] buf = new byte[BUFFER];
  private int pos;
  private int lim;
  private boolean eof;
  private boolean finished;
  private PartStream current;

  MultipartStream(InputStream in, String boundary) {
    this.in = in;
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    // the first boundary has no CRLF before it: pretend it has
    buf[0] = '\r';
    buf[1] = '\n';
    lim = 2;
    current = new PartStream(); // the preamble, skipped
  }

  /** The boundary of a {@code multipart/form-data} content type, or null. */
  static String boundary(String contentType) {
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      return null;
    }
    Matcher m = BOUNDARY.matcher(contentType);
    return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
  }

  /** The next part, or null after the last one. */
  Part next() throws IOException {
    if (finished) {
      return null;
    }
    current.skipRest();
    // after a boundary: "--" ends the form, else optional spaces and CRLF then the headers
    require(2);
    if (buf[pos] == '-' && buf[pos + 1] == '-') {
      finished = true;
      return null;
    }
    String line = readLine();
    if (!line.isBlank()) {
      throw new MalformedException("unexpected text after a boundary");
    }
    String name = null;
    String filename = null;
    String type = null;
    int headerBytes = 0;
    for (String h = readLine(); !h.isEmpty(); h = readLine()) {
      headerBytes += h.length();
      if (headerBytes > MAX_HEADER_BYTES) {
        throw new MalformedException("part headers too long");
      }
      int colon = h.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String key = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = h.substring(colon + 1).trim();
      if (key.equals("content-disposition")) {
        Matcher n = NAME.matcher(value);
        name = n.find() ? n.group(1) : null;
        Matcher f = FILENAME.matcher(value);
        filename = f.find() ? f.group(1) : null;
      } else if (key.equals("content-type")) {
        type = value;
      }
    }
    if (name == null) {
      throw new MalformedException("a part without Content-Disposition name");
    }
    current = new PartStream();
    return new Part(name, filename, type, current);
  }

  /** A header line without its CRLF (headers are ASCII; UTF-8 names are kept). */
  private String readLine() throws IOException {
    while (true) {
      for (int i = pos; i + 1 < lim; i++) {
        if (buf[i] == '\r' && buf[i + 1] == '\n') {
          String line = new String(buf, pos, i - pos, StandardCharsets.UTF_8);
          pos = i + 2;
          return line;
        }
      }
      if (lim - pos >= MAX_HEADER_BYTES) {
        throw new MalformedException("part header line too long");
      }
      if (!fill()) {
        throw new MalformedException("form ends inside part headers");
      }
    }
  }

  /** At least {@code n} bytes from pos in the buffer. */
  private void require(int n) throws IOException {
    while (lim - pos < n) {
      if (!fill()) {
        throw new MalformedException("form ends without its closing boundary");
      }
    }
  }

  /** Compacts the buffer and reads more; false at the end of the stream. */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, lim - pos);
      if (current != null) {
        current.shift(pos);
      }
      lim -= pos;
      pos = 0;
    }
    if (lim == buf.length) {
      throw new MalformedException("buffer full");
    }
    int n = in.read(buf, lim, buf.length - lim);
    if (n < 0) {
      eof = true;
      return false;
    }
    lim += n;
    return true;
  }

  /** The content of the current part: ends at the delimiter. */
  private final class PartStream extends InputStream {
    private boolean done;
    private int delimiterAt = -1; // in buf
    private int scanFrom; // in buf: no delimiter starts before it

    void shift(int by) {
      scanFrom = Math.max(0, scanFrom - by);
      if (delimiterAt >= 0) {
        delimiterAt -= by;
      }
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (done) {
        return -1;
      }
      if (len == 0) {
        return 0;
      }
      while (true) {
        if (delimiterAt < 0) {
          delimiterAt = search(Math.max(pos, scanFrom));
          if (delimiterAt < 0) {
            scanFrom = Math.max(pos, lim - delimiter.length + 1);
          }
        }
        int end = delimiterAt >= 0 ? delimiterAt : lim - delimiter.length + 1;
        int available = end - pos;
        if (delimiterAt >= 0 && available == 0) {
          done = true;
          pos = delimiterAt + delimiter.length;
          return -1;
        }
        if (available > 0) {
          int n = Math.min(len, available);
          System.arraycopy(buf, pos, b, off, n);
          pos += n;
          return n;
        }
        if (!fill()) {
          throw new MalformedException("form ends inside a part");
        }
      }
    }

    void skipRest() throws IOException {
      byte[] skip = new byte[8192];
      while (read(skip, 0, skip.length) >= 0) {
        // discard
      }
    }

    private int search(int from) {
      byte first = delimiter[0];
      outer:
      for (int i = from; i <= lim - delimiter.length; i++) {
        if (buf[i] != first) {
          continue;
        }
        for (int k = 1; k < delimiter.length; k++) {
          if (buf[i + k] != delimiter[k]) {
            continue outer;
          }
        }
        return i;
      }
      return -1;
    }
  }
}
