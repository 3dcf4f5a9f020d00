package fr.gouv.ban.api.changes;

import fr.gouv.ban.domain.error.BanException;

/** A batch stopped at operation {@code index}: everything is rolled back, its failure answered. */
public class BatchFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int index;
  private final BanException cause;

  BatchFailure(int index, BanException cause) {
    super("operation " + index + ": " + cause.getMessage(), cause);
    this.index = index;
    this.cause = cause;
  }

  public int index() {
    return index;
  }

  public BanException failure() {
    return cause;
  }
}
