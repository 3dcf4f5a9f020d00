/**
 * Every failure as RFC 9457 {@code application/problem+json} with a stable {@code code}, the
 * original one-line {@code error} and per-field {@code errors} (decision 1): no input, however
 * malformed, may produce a 5xx.
 */
package fr.gouv.ban.api.error;
