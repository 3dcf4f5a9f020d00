package fr.gouv.ban.domain.spi;

import fr.gouv.ban.domain.error.Violations;
import fr.gouv.ban.domain.model.ResourceKind;

/**
 * A rule checked on every write (REST, batch, import) of the contributor types named by its {@link
 * Contributor} qualifiers, or of every writer when it has none.
 *
 * <p><b>Caller and frequency:</b> the write path calls {@link #validate} once per stored version,
 * after the body was read and found well-formed and before anything is stored, inside the writing
 * transaction; imports call it hundreds of thousands of times per file, so keep it cheap and never
 * query the database per call.
 *
 * <p><b>Thread-safety:</b> implementations are {@code @ApplicationScoped} and called concurrently:
 * they must be stateless (or hold only immutable or thread-safe state).
 *
 * <p><b>Contract:</b> report business failures with {@code out.add(field, message)} (they are
 * returned together as one 422 naming the rule's {@link #id()}); never throw for them, and never
 * mutate the context's resource. Nothing is null unless documented on {@link ValidationContext}.
 */
public interface ValidationPlugin {
  /**
   * A unique, stable id, {@code <owner>.<rule>} in lower case ({@code laposte.cea-format}). Rules
   * run sorted by id; {@code ban.plugins.disabled} lists ids to skip.
   */
  String id();

  /** Whether this rule concerns writes of {@code kind}; others never reach {@link #validate}. */
  default boolean supports(ResourceKind kind) {
    return true;
  }

  /** Checks one write; adds failures to {@code out}. */
  void validate(ValidationContext ctx, Violations out);
}
