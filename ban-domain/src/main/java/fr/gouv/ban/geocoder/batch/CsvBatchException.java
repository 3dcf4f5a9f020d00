package fr.gouv.ban.geocoder.batch;

/** The batch as a whole cannot be processed (unknown column, malformed CSV...): a client error. */
public class CsvBatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public CsvBatchException(String message) {
    super(message);
  }

  public CsvBatchException(String message, Throwable cause) {
    super(message, cause);
  }
}
