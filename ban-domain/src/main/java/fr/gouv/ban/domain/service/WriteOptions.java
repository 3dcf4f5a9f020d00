package fr.gouv.ban.domain.service;

import fr.gouv.ban.domain.resource.ReferenceResolver;
import java.util.Objects;

/**
 * How a write resolves references and checks uniqueness. Interactive writes resolve against the
 * database and check every unique key before storing (a precise 422). Bulk imports resolve through
 * their own cache and defer uniqueness to the unique indexes at flush: a violation then fails the
 * whole chunk, which the importer replays one command at a time with the checks on.
 *
 * @param references resolves reference fields of bodies
 * @param deferUniqueness skip the per-write uniqueness queries and the per-write flush
 */
public record WriteOptions(ReferenceResolver references, boolean deferUniqueness) {
  public WriteOptions {
    Objects.requireNonNull(references, "references");
  }
}
