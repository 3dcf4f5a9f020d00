package fr.gouv.ban.domain.spi;

import fr.gouv.ban.domain.contributor.ContributorType;

/**
 * The importer's side of one {@link IngestionPlugin#read} call. Thread-confined: only the thread
 * consuming the command stream calls it.
 */
public interface IngestionContext {
  /** The contributor type the import writes under. */
  ContributorType writer();

  /**
   * Reports a source row that yields no command: the import goes on with the next row, and the
   * report lists it with its line and reason ("numero: must be a number from 0 to 99999").
   */
  void reject(long line, String reason);
}
