package fr.gouv.ban.api.security;

import fr.gouv.ban.domain.auth.TokenCheck;
import fr.gouv.ban.domain.auth.TokenGrant;
import jakarta.servlet.ServletRequest;
import java.util.Optional;

/**
 * The outcome of the bearer token check, kept as a request attribute: the authentication mechanism
 * runs before CDI's request scope is usable, and the rate limiter, the access filter and the write
 * path all read it.
 */
public final class AuthOutcome {
  private static final String ATTRIBUTE = AuthOutcome.class.getName();

  private AuthOutcome() {}

  static void record(ServletRequest request, TokenCheck check) {
    request.setAttribute(ATTRIBUTE, check);
  }

  /** The check of the token the request carried, or empty if it carried none. */
  public static Optional<TokenCheck> of(ServletRequest request) {
    return Optional.ofNullable((TokenCheck) request.getAttribute(ATTRIBUTE));
  }

  /** The grant of a valid token, if the request carried one. */
  public static Optional<TokenGrant> grant(ServletRequest request) {
    return of(request)
        .filter(TokenCheck.Valid.class::isInstance)
        .map(c -> ((TokenCheck.Valid) c).grant());
  }
}
