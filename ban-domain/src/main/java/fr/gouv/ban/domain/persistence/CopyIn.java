package fr.gouv.ban.domain.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;

/**
 * Rows for one table, written with PostgreSQL's {@code COPY ... FROM STDIN}: several times cheaper
 * than INSERTs for the database and for us (no statement to build and bind per row). The COPY
 * starts at construction and rows are sent every {@value #SEND_AT} characters, so the database
 * stores them while the next ones are encoded (the two cores work at once instead of taking turns).
 * Values are encoded as PostgreSQL's CSV (null unquoted, empty string quoted); their {@code
 * toString} must be the column's input form (numbers, ISO timestamps, JSON text, EWKT).
 *
 * <p>One COPY at a time per connection: {@link #end} (or {@link #close}, which cancels an unended
 * COPY) before any other statement. Not thread-safe: it belongs to one transaction.
 */
public final class CopyIn implements AutoCloseable {
  private static final int SEND_AT = 1 << 16;

  private final String table;
  private final int columns;
  private final org.postgresql.copy.CopyIn copy;
  private final StringBuilder pending = new StringBuilder(SEND_AT + (SEND_AT >> 2));
  private final CSVPrinter printer;

  /** Starts {@code COPY table (columns) FROM STDIN (FORMAT csv)} on {@code connection}. */
  public CopyIn(Connection connection, String table, List<String> columns) throws SQLException {
    this.table = table;
    this.columns = columns.size();
    try {
      this.printer = new CSVPrinter(pending, CSVFormat.POSTGRESQL_CSV);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    this.copy =
        connection
            .unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn(
                "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)");
  }

  /** Adds one row: one value per column, in the order of the constructor's columns. */
  public void add(Object... values) throws SQLException {
    if (values.length != columns) {
      throw new IllegalArgumentException(
          table + ": " + values.length + " values for " + columns + " columns");
    }
    try {
      printer.printRecord(values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (pending.length() >= SEND_AT) {
      send();
    }
  }

  private void send() throws SQLException {
    byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    pending.setLength(0);
  }

  /**
   * Sends the last rows and ends the COPY.
   *
   * @return the number of rows the database stored
   */
  public long end() throws SQLException {
    if (!pending.isEmpty()) {
      send();
    }
    return copy.endCopy();
  }

  /**
   * Cancels the COPY if it was not ended (an encoding failed): the connection can take statements
   * again, and its transaction, failed, is rolled back by the caller's exception.
   */
  @Override
  public void close() throws SQLException {
    if (copy.isActive()) {
      copy.cancelCopy();
    }
  }
}
