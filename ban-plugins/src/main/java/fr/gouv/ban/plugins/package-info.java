/**
 * Contributor plugins: one sub-package per contributor type (ign, laposte, dgfip, osm, sdis,
 * municipal), each holding validation and ingestion plugins written against the SPI of {@code
 * ban-domain} only. The SPI and the first plugins arrive with issue #5.
 */
package fr.gouv.ban.plugins;
