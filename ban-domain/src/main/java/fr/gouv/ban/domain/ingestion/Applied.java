package fr.gouv.ban.domain.ingestion;

import fr.gouv.ban.domain.model.VersionedResource;
import fr.gouv.ban.domain.spi.ChangeCommand;

/**
 * The result of one command: what it did, or why it was rejected.
 *
 * @param command the command
 * @param outcome what happened
 * @param reason why it was rejected, null otherwise
 * @param resource the resource written (managed by the applying transaction), or null
 */
record Applied(
    ChangeCommand command, CommandOutcome outcome, String reason, VersionedResource resource) {
  static Applied rejected(ChangeCommand c, String reason) {
    return new Applied(c, CommandOutcome.REJECTED, reason, null);
  }
}
