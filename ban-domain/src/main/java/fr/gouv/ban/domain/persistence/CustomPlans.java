package fr.gouv.ban.domain.persistence;

import jakarta.persistence.EntityManager;

/**
 * Plans every query of the current transaction for the tables as they are at that moment. The
 * driver prepares statements it runs repeatedly, and PostgreSQL then keeps the generic plan it made
 * once — perhaps while an import was filling empty tables, so a sequential scan — until the next
 * ANALYZE. Transactions that repeat lookups over tables an import grows (import chunks, the live
 * geocoder's street reads) pay a little planning instead.
 */
public final class CustomPlans {
  private CustomPlans() {}

  /** Sets {@code plan_cache_mode = force_custom_plan} until the end of the transaction. */
  public static void forTransaction(EntityManager em) {
    em.createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true)")
        .getSingleResult();
  }
}
