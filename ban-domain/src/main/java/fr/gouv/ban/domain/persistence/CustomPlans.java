package fr.gouv.ban.domain.persistence;

import jakarta.persistence.EntityManager;

/**
 * Plans the lookups of the current transaction for the tables as they are at that moment. The
 * driver prepares statements it runs repeatedly, and PostgreSQL then keeps the generic plan it made
 * once — perhaps while an import was filling empty tables, so a sequential scan — until the next
 * ANALYZE. Transactions that repeat lookups over tables an import grows (import chunks, the live
 * geocoder's street reads) pay a little planning instead.
 *
 * <p>Only the lookups: the foreign key checks of the rows a transaction writes are cached plans
 * too, run once per row and key, and planned per execution they cost more than the write itself (a
 * chunk's COPY of housenumbers ran three times slower), so writers switch back with {@link
 * #forWrites} before writing.
 */
public final class CustomPlans {
  private CustomPlans() {}

  /** Sets {@code plan_cache_mode = force_custom_plan} until the end of the transaction. */
  public static void forLookups(EntityManager em) {
    set(em, "force_custom_plan");
  }

  /** Back to PostgreSQL's default choice ({@code auto}) until the end of the transaction. */
  public static void forWrites(EntityManager em) {
    set(em, "auto");
  }

  private static void set(EntityManager em, String mode) {
    em.createNativeQuery("select set_config('plan_cache_mode', ?1, true)")
        .setParameter(1, mode)
        .getSingleResult();
  }
}
