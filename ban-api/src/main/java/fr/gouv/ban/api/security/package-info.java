/**
 * Who may call what: OAuth2 client-credentials tokens ({@code POST /token}), their validation as a
 * Jakarta Security authentication mechanism, the scope checks of every route, and the fair-use rate
 * limit.
 *
 * <p>Request flow: {@link fr.gouv.ban.api.security.BearerTokenMechanism} (Jakarta Security, before
 * any filter) checks the token through {@link fr.gouv.ban.api.security.TokenCache} and records the
 * outcome on the request; {@link fr.gouv.ban.api.security.RateLimitFilter} (servlet filter, every
 * route) applies the limit unless the caller is exempt; {@link
 * fr.gouv.ban.api.security.AccessControlFilter} (JAX-RS, after matching) answers 401/403 for routes
 * that need a token or a scope. Routes are closed unless declared {@link
 * fr.gouv.ban.api.security.PublicRoute}.
 */
package fr.gouv.ban.api.security;
