package fr.gouv.ban.domain.service;

import fr.gouv.ban.domain.model.VersionedResource;

/**
 * What an import command did to its resource.
 *
 * @param outcome created, updated (a new version, revival included) or unchanged (nothing stored)
 * @param resource the resource, managed in the writing transaction
 */
public record ImportWrite(Outcome outcome, VersionedResource resource) {
  /** The three results of an upsert. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  static ImportWrite created(VersionedResource r) {
    return new ImportWrite(Outcome.CREATED, r);
  }

  static ImportWrite updated(VersionedResource r) {
    return new ImportWrite(Outcome.UPDATED, r);
  }

  static ImportWrite unchanged(VersionedResource r) {
    return new ImportWrite(Outcome.UNCHANGED, r);
  }
}
