/**
 * Query execution over one {@link fr.gouv.ban.geocoder.index.CompactIndex}: token resolution
 * (exact, autocomplete completions on folded and phonetic forms, one-edit typos), candidate
 * collection with addok's weights and its two-thirds should-match rule, housenumber matching inside
 * streets (exact, else nearest), label bigram scoring on addok's 0..1 scale, geo bias, filters,
 * deterministic ranking, and nearest-neighbour reverse geocoding on the spatial grid. {@link
 * fr.gouv.ban.geocoder.search.IndexGeocoder} is the plain {@link fr.gouv.ban.geocoder.Geocoder}
 * over one immutable index.
 */
package fr.gouv.ban.geocoder.search;
