package fr.gouv.ban.domain.auth;

import java.time.Instant;

/** The outcome of checking a bearer token: a grant, or why there is none. */
public sealed interface TokenCheck {
  /**
   * Whether the check can still be trusted at {@code now} (a grant ends when its token expires).
   */
  boolean currentAt(Instant now);

  record Valid(TokenGrant grant) implements TokenCheck {
    @Override
    public boolean currentAt(Instant now) {
      return now.isBefore(grant.expiresAt());
    }
  }

  /**
   * @param reason says what the caller should do, e.g. "the access token expired: ..."
   */
  record Invalid(String reason) implements TokenCheck {
    @Override
    public boolean currentAt(Instant now) {
      return true;
    }
  }
}
