package fr.gouv.ban.domain.auth;

/**
 * The parameters of {@code POST /token} (OAuth2 client credentials grant), as received: any of them
 * may be null.
 *
 * @param contributorType required when the client has several contributor types
 * @param email who uses the token (stored with the session, never published)
 * @param ip where the token is used from (idem); at least one of email and ip is required
 */
public record TokenRequest(
    String grantType,
    String clientId,
    String clientSecret,
    String contributorType,
    String email,
    String ip) {}
