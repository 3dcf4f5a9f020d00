/**
 * La Poste's plugins: the {@code laposte} import of the postcode files (the "base officielle des
 * codes postaux" CSV and the {@code codes-postaux} JSON, detected from their first bytes) into
 * postcode upserts, and the rules La Poste's writes go through: the CEA format ({@code
 * laposte.cea-format}) and the consistency of postcodes with communes and départements ({@code
 * laposte.postcode-commune}).
 */
package fr.gouv.ban.plugins.laposte;
