package fr.gouv.ban.domain.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.System.Logger.Level;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Turns the changes of a transaction into {@link ChangeCommitted} events once it has committed: one
 * JTA synchronization per writing transaction collects its changes, reads the increments the commit
 * gave their diffs (one query), and fires the events in increment order.
 */
@ApplicationScoped
public class CommittedChanges {
  private static final System.Logger LOG = System.getLogger(CommittedChanges.class.getName());
  private static final Object KEY = CommittedChanges.class;

  @Resource private TransactionSynchronizationRegistry transaction;

  @Resource(lookup = "java:app/jdbc/ban")
  private DataSource db;

  @Inject private Event<ChangeCommitted> committed;

  @Resource private ManagedExecutorService executor;

  void collect(@Observes ResourceChanged change) {
    @SuppressWarnings("unchecked")
    List<ResourceChanged> pending = (List<ResourceChanged>) transaction.getResource(KEY);
    if (pending == null) {
      List<ResourceChanged> changes = new ArrayList<>();
      transaction.putResource(KEY, changes);
      transaction.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED) {
                // not on this thread: it still holds the transaction's connection, and asking
                // the pool for another from every committing thread at once can exhaust it
                executor.execute(() -> publish(changes));
              }
            }
          });
      pending = changes;
    }
    pending.add(change);
  }

  /**
   * Forgets the changes collected so far in this transaction: a dry run, which rolls back, calls it
   * after each chunk so that its memory stays that of one chunk.
   */
  public void forget() {
    @SuppressWarnings("unchecked")
    List<ResourceChanged> pending = (List<ResourceChanged>) transaction.getResource(KEY);
    if (pending != null) {
      pending.clear();
    }
  }

  private void publish(List<ResourceChanged> changes) {
    Map<Long, Long> increments;
    try {
      increments = increments(changes);
    } catch (SQLException e) {
      // the changes are committed and in the feed: only the live notification is lost
      LOG.log(Level.ERROR, "BAN-9999 could not read committed increments: " + e.getMessage(), e);
      return;
    }
    changes.stream()
        .filter(c -> increments.containsKey(c.diff()))
        .sorted(Comparator.comparing(c -> increments.get(c.diff())))
        .forEach(
            c ->
                committed.fire(
                    new ChangeCommitted(
                        c.kind(), c.id(), increments.get(c.diff()), c.old(), c.current())));
  }

  private Map<Long, Long> increments(List<ResourceChanged> changes) throws SQLException {
    Map<Long, Long> out = new HashMap<>();
    try (Connection c = db.getConnection();
        PreparedStatement st =
            c.prepareStatement("select pk, increment from diff where pk = any(?)")) {
      Array pks = c.createArrayOf("bigint", changes.stream().map(ResourceChanged::diff).toArray());
      st.setArray(1, pks);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getLong(1), rs.getLong(2));
        }
      }
    }
    return out;
  }
}
