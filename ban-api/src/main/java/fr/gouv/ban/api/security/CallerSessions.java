package fr.gouv.ban.api.security;

import fr.gouv.ban.domain.auth.TokenGrant;
import fr.gouv.ban.domain.contributor.ContributorSession;
import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The session a request writes under: the one its bearer token opened at {@code POST /token}. */
@ApplicationScoped
public class CallerSessions {
  /** CDI's proxy to the current request. */
  @Inject private HttpServletRequest request;

  public ContributorSession current() {
    return grant().session();
  }

  /** The grant of the request's token. */
  public TokenGrant grant() {
    return AuthOutcome.grant(request)
        .orElseThrow(
            () ->
                // AccessControlFilter refuses writes without a token before they get here
                new BanException(ErrorCode.UNAUTHENTICATED, "this route needs an access token"));
  }
}
