/**
 * OpenStreetMap's plugins: the {@code osm} import of OSM XML extracts, whose addressed nodes and
 * ways become groups, housenumbers and positions, each carrying the ODbL attribution and the OSM
 * element it came from in its {@code attributes}.
 */
package fr.gouv.ban.plugins.osm;
