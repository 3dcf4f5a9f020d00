package fr.gouv.ban.api.security;

import fr.gouv.ban.domain.auth.TokenCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;

/**
 * Jakarta Security authentication of {@code Authorization: Bearer} tokens. A valid token logs the
 * caller in for the request (principal = client name, groups = scopes). A request without a token,
 * or with a bad one, goes on unauthenticated: public routes serve it, and {@link
 * AccessControlFilter} answers 401 with the recorded reason on the others.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {
  private static final String BEARER = "bearer ";

  @Inject private TokenCache tokens;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null) {
      return context.doNothing();
    }
    TokenCheck check;
    if (header.regionMatches(true, 0, BEARER, 0, BEARER.length())
        && header.length() > BEARER.length()) {
      check = tokens.check(header.substring(BEARER.length()).strip());
    } else {
      check =
          new TokenCheck.Invalid(
              "the Authorization header must be 'Bearer <access token>' (get one at POST /token)");
    }
    AuthOutcome.record(request, check);
    if (check instanceof TokenCheck.Valid valid) {
      return context.notifyContainerAboutLogin(
          new CredentialValidationResult(
              valid.grant().clientName(), new HashSet<>(valid.grant().scopes())));
    }
    return context.doNothing();
  }
}
