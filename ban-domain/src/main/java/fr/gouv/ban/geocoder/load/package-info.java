/**
 * Loaders that turn open BAN files into {@link fr.gouv.ban.geocoder.AddressDocument}s: the official
 * per-département CSV ({@code adresses-<dep>.csv.gz}, rows grouped by street into street documents
 * with nested housenumbers, plus municipality documents), the addok ndjson export, and the commune
 * directories (API Géo centres, COG) that provide populations for addok's importance. Loaders
 * stream into an {@link fr.gouv.ban.geocoder.index.IndexBuilder} or any document consumer; they
 * never read at query time.
 */
package fr.gouv.ban.geocoder.load;
