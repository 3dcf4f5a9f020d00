package fr.gouv.ban.e2e;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The server's log as the tests see it: the Arquillian container prints each line of Payara's
 * output with {@code System.out.println}, so a tee on {@code System.out} records every line written
 * after {@link #capture()}.
 */
final class ServerLog {
  private static final ByteArrayOutputStream LINES = new ByteArrayOutputStream();
  private static boolean capturing;

  private ServerLog() {}

  static synchronized void capture() {
    if (capturing) {
      return;
    }
    capturing = true;
    PrintStream console = System.out;
    OutputStream tee =
        new OutputStream() {
          @Override
          public void write(int b) {
            console.write(b);
            synchronized (LINES) {
              LINES.write(b);
            }
          }

          @Override
          public void write(byte[] b, int off, int len) {
            console.write(b, off, len);
            synchronized (LINES) {
              LINES.write(b, off, len);
            }
          }
        };
    System.setOut(new PrintStream(tee, true, StandardCharsets.UTF_8));
  }

  static String text() {
    synchronized (LINES) {
      return LINES.toString(StandardCharsets.UTF_8);
    }
  }
}
