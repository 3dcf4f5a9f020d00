package fr.gouv.ban.domain.service;

import fr.gouv.ban.domain.model.VersionedResource;
import fr.gouv.ban.domain.persistence.CustomPlans;
import fr.gouv.ban.domain.persistence.KeyBlocks;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Bulk mode of a transaction (an import chunk, a reference data load): from {@link #begin} on, the
 * write path keeps the versions, diffs, new housenumbers and new positions out of the persistence
 * context ({@link BulkRows}), and {@link #flush} writes them with {@code COPY} after the
 * persistence context's own flush. Everything else (validation, versions, diffs, events) is the
 * same write path.
 */
@ApplicationScoped
public class BulkWrites {
  private static final Object KEY = BulkWrites.class;

  @PersistenceContext(unitName = "ban")
  private EntityManager em;

  @Inject private KeyBlocks keys;

  @Resource private TransactionSynchronizationRegistry transaction;

  /** Puts the current transaction in bulk mode until it ends. */
  public void begin() {
    if (current() != null) {
      return;
    }
    BulkRows rows = new BulkRows();
    transaction.putResource(KEY, rows);
    transaction.registerInterposedSynchronization(new Unwritten(rows));
  }

  /** The rows of the current transaction when it is in bulk mode, else null. */
  BulkRows current() {
    return (BulkRows) transaction.getResource(KEY);
  }

  /** A key of {@code sequence} for a row written by COPY. */
  long nextKey(String sequence) {
    return keys.next(sequence, em);
  }

  /**
   * Flushes the persistence context, then writes the bulk rows, with PostgreSQL's default plan
   * caching from here to the end of the transaction ({@link CustomPlans#forWrites}). Diffs must be
   * numbered first ({@link VersionHistory#numberPendingDiffs}) when the caller wants their
   * increments set at insertion.
   *
   * @param updated the managed resources that the transaction changed (they may reference new rows)
   */
  public void flush(List<VersionedResource> updated) {
    BulkRows rows = current();
    if (rows == null) {
      em.flush();
      return;
    }
    rows.handOver(updated, em);
    CustomPlans.forWrites(em); // the rows' foreign key checks keep their cached plans
    em.flush();
    try {
      rows.copyTo(em.unwrap(Connection.class));
    } catch (SQLException e) {
      throw new PersistenceException(e);
    }
  }

  /** Refuses to commit rows that were never written: a bulk writer forgot its {@link #flush}. */
  private record Unwritten(BulkRows rows) implements Synchronization {
    @Override
    public void beforeCompletion() {
      if (!rows.isEmpty()) {
        throw new IllegalStateException(
            "bulk rows left unwritten at commit: call BulkWrites.flush");
      }
    }

    @Override
    public void afterCompletion(int status) {}
  }
}
