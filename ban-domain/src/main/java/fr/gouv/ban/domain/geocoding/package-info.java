/**
 * The management database as a geocoder source: street documents rebuilt from groups, housenumbers,
 * postcodes and positions, for the live index to apply committed changes.
 */
package fr.gouv.ban.domain.geocoding;
