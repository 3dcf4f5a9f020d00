/**
 * Plugins of the fire and rescue services (contributor type {@code SDIS}): the import of access
 * points (entrances, buildings, staircases, utility accesses) for housenumbers that already exist
 * (import kind {@code sdis}), and the rules every SDIS write of a position obeys, because a crew
 * drives to it: an access kind, a measured location (GPS or imagery, never interpolated) and a
 * center.
 */
package fr.gouv.ban.plugins.sdis;
