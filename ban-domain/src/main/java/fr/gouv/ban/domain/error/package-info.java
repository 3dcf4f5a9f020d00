/**
 * Domain failures. Every failure is an unchecked {@link fr.gouv.ban.domain.error.BanException}
 * carrying a stable {@link fr.gouv.ban.domain.error.ErrorCode}; the API layer maps codes to HTTP
 * statuses and problem+json bodies, so no status code appears in the domain.
 */
package fr.gouv.ban.domain.error;
