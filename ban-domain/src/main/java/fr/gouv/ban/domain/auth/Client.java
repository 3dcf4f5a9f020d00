package fr.gouv.ban.domain.auth;

import fr.gouv.ban.domain.contributor.ContributorType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A contributor's OAuth2 client, without its secret.
 *
 * @param pk database key
 * @param clientId the public identifier sent to {@code POST /token}
 * @param name shown as {@code client} in {@code created_by}, {@code modified_by} and flags
 * @param contributorTypes the roles its tokens may write under, in the order given at creation
 * @param scopes the scopes its tokens get (none for a {@code viewer} token)
 * @param enabled a disabled client gets no token and its tokens stop working
 * @param rateLimitExempt requests carrying one of its tokens are never rate-limited
 */
public record Client(
    long pk,
    UUID clientId,
    String name,
    List<ContributorType> contributorTypes,
    Set<String> scopes,
    boolean enabled,
    boolean rateLimitExempt,
    OffsetDateTime createdAt) {}
