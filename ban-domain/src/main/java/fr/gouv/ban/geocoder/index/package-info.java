/**
 * The compact in-memory index (spec §10.1): documents and housenumbers in columnar primitive
 * arrays, every string in one deduplicated char pool, a sorted term dictionary with prefix ranges,
 * int postings with per-posting weights, a deletion-neighbourhood table for one-edit typo
 * tolerance, a spatial grid over every housenumber and document centre, and a versioned binary
 * snapshot format. A {@link fr.gouv.ban.geocoder.index.CompactIndex} is immutable once built by
 * {@link fr.gouv.ban.geocoder.index.IndexBuilder} or read by {@link
 * fr.gouv.ban.geocoder.index.IndexSnapshot}, so any number of threads may query it.
 */
package fr.gouv.ban.geocoder.index;
