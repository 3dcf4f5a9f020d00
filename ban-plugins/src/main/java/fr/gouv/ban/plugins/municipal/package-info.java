/**
 * Plugins of the municipal administrations (contributor type {@code MUNICIPAL_ADMINISTRATION}), the
 * authority on their own addresses: the import of a Base Adresse Locale (BAL) CSV, formats 1.3 and
 * 1.4 (import kind {@code bal}), checked with the BAL standard's rules re-expressed in {@link
 * fr.gouv.ban.plugins.municipal.BalRules}, and validation rules that keep the municipal writes made
 * through the API within the same standard (numbers, suffixes, street names).
 */
package fr.gouv.ban.plugins.municipal;
