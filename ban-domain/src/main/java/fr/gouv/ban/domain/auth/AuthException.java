package fr.gouv.ban.domain.auth;

import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ErrorCode;

/**
 * A refused authentication or token request. {@link #oauthError()} is the OAuth2 error code ({@code
 * invalid_client}, {@code invalid_request}...) that token clients expect.
 */
public class AuthException extends BanException {
  private static final long serialVersionUID = 1L;
  private final String oauthError;

  public AuthException(ErrorCode code, String oauthError, String message) {
    super(code, message);
    this.oauthError = oauthError;
  }

  public String oauthError() {
    return oauthError;
  }

  static AuthException invalidClient() {
    // one message for every cause, so that the answer does not tell which client ids exist
    return new AuthException(
        ErrorCode.INVALID_CLIENT,
        "invalid_client",
        "Unknown client, disabled client or wrong secret");
  }

  static AuthException invalidRequest(String message) {
    return new AuthException(ErrorCode.INVALID_TOKEN_REQUEST, "invalid_request", message);
  }
}
