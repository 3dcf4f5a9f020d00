/**
 * IGN, operator of the BAN's national exports: import of the official BAN CSV export ({@code
 * adresses-<dep>.csv.gz}, kind {@code ban}) and of its addok export ({@code
 * adresses-addok-<dep>.ndjson.gz}, kind {@code addok}), and the format rule of the BAN identifiers
 * IGN writes ({@code ign} of groups and housenumbers).
 */
package fr.gouv.ban.plugins.ign;
