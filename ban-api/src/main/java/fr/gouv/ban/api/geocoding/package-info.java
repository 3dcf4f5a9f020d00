/**
 * The geocoder's HTTP face ({@code /search}, {@code /reverse}, GeoCodeJSON as the public address
 * API) and its CDI wiring: the in-memory index each node holds, built at start.
 */
package fr.gouv.ban.api.geocoding;
