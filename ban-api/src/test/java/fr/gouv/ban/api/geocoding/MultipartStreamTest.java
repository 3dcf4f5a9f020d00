package fr.gouv.ban.api.geocoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultipartStreamTest {
  private static final String B = "----ban7MA4YWxkTrZu0gW";

  private static byte[] form(Object... nameValues) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < nameValues.length; i += 2) {
      String name = (String) nameValues[i];
      out.writeBytes(("--" + B + "\r\n").getBytes(StandardCharsets.US_ASCII));
      if (nameValues[i + 1] instanceof byte[] file) {
        out.writeBytes(
            ("Content-Disposition: form-data; name=\""
                    + name
                    + "\"; filename=\"adresses.csv\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(file);
      } else {
        out.writeBytes(
            ("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + nameValues[i + 1])
                .getBytes(StandardCharsets.UTF_8));
      }
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes(("--" + B + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /** Returns at most a few bytes per read, as a slow network does. */
  private static InputStream trickle(byte[] bytes, int seed) {
    Random random = new Random(seed);
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1 + random.nextInt(13)));
      }
    };
  }

  @Test
  void readsFieldsAndFileInOrder() throws IOException {
    byte[] csv = "adresse;ville\r\n8 rue de la paix;Paris\r\n".getBytes(StandardCharsets.UTF_8);
    var form =
        new MultipartStream(
            trickle(form("columns", "adresse", "data", csv, "columns", "ville"), 1), B);
    var p = form.next();
    assertThat(p.name()).isEqualTo("columns");
    assertThat(p.text(100)).isEqualTo("adresse");
    p = form.next();
    assertThat(p.name()).isEqualTo("data");
    assertThat(p.filename()).isEqualTo("adresses.csv");
    assertThat(p.contentType()).isEqualTo("text/csv");
    assertThat(p.content().readAllBytes()).isEqualTo(csv);
    assertThat(form.next().text(100)).isEqualTo("ville");
    assertThat(form.next()).isNull();
    assertThat(form.next()).isNull();
  }

  @Test
  void streamsAFileLargerThanItsBufferByteForByte() throws IOException {
    byte[] file = new byte[1_000_003];
    new Random(7).nextBytes(file);
    // plant near-boundaries: CR LF - - and a prefix of the boundary
    byte[] near = ("\r\n--" + B.substring(0, 10)).getBytes(StandardCharsets.US_ASCII);
    for (int at = 1000; at < file.length - near.length; at += 65_531) {
      System.arraycopy(near, 0, file, at, near.length);
    }
    var form = new MultipartStream(new ByteArrayInputStream(form("data", file, "x", "y")), B);
    var data = form.next();
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    data.content().transferTo(copy);
    assertThat(copy.toByteArray()).isEqualTo(file);
    assertThat(form.next().text(10)).isEqualTo("y");
  }

  @Test
  void skipsAnUnreadPartAndThePreamble() throws IOException {
    byte[] body = form("data", "x".repeat(100_000).getBytes(), "lat", "latitude");
    byte[] withPreamble = new byte[body.length + 10];
    System.arraycopy("preamble\r\n".getBytes(), 0, withPreamble, 0, 10);
    System.arraycopy(body, 0, withPreamble, 10, body.length);
    var form = new MultipartStream(trickle(withPreamble, 3), B);
    assertThat(form.next().name()).isEqualTo("data");
    var lat = form.next();
    assertThat(lat.name()).isEqualTo("lat");
    assertThat(lat.text(100)).isEqualTo("latitude");
  }

  @Test
  void refusesTruncatedFormsAndLargeFields() throws IOException {
    byte[] body = form("data", "a;b\n1;2\n".getBytes());
    byte[] cut = java.util.Arrays.copyOf(body, body.length - 12);
    var form = new MultipartStream(new ByteArrayInputStream(cut), B);
    var data = form.next();
    assertThatThrownBy(() -> data.content().readAllBytes())
        .isInstanceOf(MultipartStream.MalformedException.class);
    var notMultipart = new MultipartStream(new ByteArrayInputStream("hello".getBytes()), B);
    assertThatThrownBy(notMultipart::next).isInstanceOf(MultipartStream.MalformedException.class);
    var big = new MultipartStream(new ByteArrayInputStream(form("columns", "c".repeat(100))), B);
    var field = big.next();
    assertThatThrownBy(() -> field.text(50))
        .isInstanceOf(MultipartStream.FieldTooLargeException.class);
  }

  @Test
  void readsTheBoundaryOfTheContentType() {
    assertThat(MultipartStream.boundary("multipart/form-data; boundary=abc")).isEqualTo("abc");
    assertThat(MultipartStream.boundary("Multipart/Form-Data; charset=utf-8; boundary=\"a b\""))
        .isEqualTo("a b");
    assertThat(MultipartStream.boundary("application/json")).isNull();
    assertThat(MultipartStream.boundary(null)).isNull();
    assertThat(MultipartStream.boundary("multipart/form-data")).isNull();
  }
}
