package fr.gouv.ban.domain.auth;

import fr.gouv.ban.domain.contributor.ContributorSession;
import fr.gouv.ban.domain.contributor.ContributorType;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What a valid bearer token allows: the session it writes under and its scopes.
 *
 * @param rateLimitExempt whether the client is exempt from the fair-use limit
 * @param expiresAt when the token stops being valid (fixed at issue, never extended)
 */
public record TokenGrant(
    long sessionId,
    UUID clientId,
    String clientName,
    ContributorType contributorType,
    Set<String> scopes,
    boolean rateLimitExempt,
    Instant expiresAt) {

  public ContributorSession session() {
    return new ContributorSession(sessionId, clientName, contributorType);
  }

  public boolean hasScope(String scope) {
    return Scopes.grants(scopes, scope);
  }
}
