/**
 * Batch geocoding: the CSV of {@code POST /search/csv} and {@code POST /reverse/csv} ({@link
 * fr.gouv.ban.geocoder.batch.CsvGeocoder}: rows read by Apache Commons CSV, geocoded in parallel in
 * small blocks, written back in input order with addok's result columns and a per-row {@link
 * fr.gouv.ban.geocoder.batch.RowStatus}), the detection of what clients rarely say ({@link
 * fr.gouv.ban.geocoder.batch.CsvDialect} for the delimiter, {@link
 * fr.gouv.ban.geocoder.batch.Utf8Check} and {@link fr.gouv.ban.geocoder.batch.Encodings} for the
 * encoding), and the ordered parallel pipeline both CSV and JSON batches run on ({@link
 * fr.gouv.ban.geocoder.batch.OrderedBlocks}). Plain Java: the HTTP layer only moves bytes.
 */
package fr.gouv.ban.geocoder.batch;
