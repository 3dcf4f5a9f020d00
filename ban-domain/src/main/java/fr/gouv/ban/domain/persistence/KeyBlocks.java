package fr.gouv.ban.domain.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Primary keys for rows written without JPA ({@link CopyIn}), drawn from the same sequences as the
 * entities' {@code @SequenceGenerator}s and in the same way as EclipseLink's preallocation: one
 * {@code nextval} reserves a block of {@code increment} keys ending at the value returned, so keys
 * handed out here and by JPA never meet. Blocks are kept per node, like JPA's.
 */
@ApplicationScoped
public class KeyBlocks {
  private final Map<String, Block> blocks = new HashMap<>();

  /**
   * The next key of {@code sequence}; {@code em} runs the {@code nextval} when a block is used up.
   */
  public synchronized long next(String sequence, EntityManager em) {
    Block b = blocks.get(sequence);
    if (b == null || b.next > b.last) {
      b = draw(sequence, em);
      blocks.put(sequence, b);
    }
    return b.next++;
  }

  private static Block draw(String sequence, EntityManager em) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select nextval(cast(?1 as regclass)), s.increment_by from pg_sequences s"
                        + " where s.schemaname = current_schema() and s.sequencename = ?1")
                .setParameter(1, sequence)
                .getSingleResult();
    long last = ((Number) row[0]).longValue();
    long size = ((Number) row[1]).longValue();
    Block b = new Block();
    b.next = last - size + 1;
    b.last = last;
    return b;
  }

  private static final class Block {
    long next;
    long last;
  }
}
