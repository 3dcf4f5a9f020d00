package fr.gouv.ban.domain.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Makes diff increments follow commit order. Every writing transaction takes one PostgreSQL
 * advisory lock before its first write and holds it until it ends, and draws its increments while
 * holding it: a transaction's increments are then all above those of every transaction that
 * committed before it and below those of every one that commits after, so a consumer that polls
 * {@code increment > last seen} receives each committed change exactly once. A rolled-back
 * transaction leaves a hole in the numbers, never a missed change.
 *
 * <p>The price is that writes are serialized, database-wide (so across nodes). Taking the lock
 * before any row lock or insert also makes deadlocks between writers impossible.
 */
@ApplicationScoped
public class CommitOrder {
  /** An arbitrary, fixed key for {@code pg_advisory_xact_lock}. */
  private static final long LOCK_KEY = 0x42414e_444946L; // "BAN" "DIF"

  private static final String HELD = CommitOrder.class.getName() + ".held";
  private static final int MAX_BLOCK = 1024;

  @PersistenceContext(unitName = "ban")
  private EntityManager em;

  @Resource private TransactionSynchronizationRegistry transaction;

  /** Joins the serialized writers; call first in every write, in its transaction. */
  public void enter() {
    if (transaction.getResource(HELD) == null) {
      em.createNativeQuery("select pg_advisory_xact_lock(" + LOCK_KEY + ")").getSingleResult();
      transaction.putResource(HELD, Boolean.TRUE);
    }
  }

  /**
   * The next diff increment of this transaction. Values are drawn in blocks that double with each
   * draw of the transaction (1, 2, 4... up to 1024): a single write takes exactly one, so
   * successive writes get successive increments, and a bulk write needs one query per thousand
   * diffs. The unused end of a transaction's last block is a hole in the numbering.
   */
  public long nextIncrement() {
    enter();
    Block block = (Block) transaction.getResource(Block.class);
    if (block == null || block.next > block.last) {
      int size = block == null ? 1 : Math.min(block.size * 2, MAX_BLOCK);
      @SuppressWarnings("unchecked")
      java.util.List<Number> values =
          em.createNativeQuery(
                  "select nextval('diff_commit_seq') from generate_series(1, " + size + ")")
              .getResultList();
      block = new Block(values.get(0).longValue(), values.get(values.size() - 1).longValue(), size);
      transaction.putResource(Block.class, block);
    }
    return block.next++;
  }

  /** Increments drawn by the transaction and not used yet. */
  private static final class Block {
    long next;
    final long last;
    final int size;

    Block(long first, long last, int size) {
      this.next = first;
      this.last = last;
      this.size = size;
    }
  }
}
