/**
 * The BAN domain: the address model (municipalities, postcodes, groups, housenumbers, positions),
 * its versioning and diff feed, and the application services that every write path (REST, batch,
 * imports) goes through. Independent of HTTP: statuses never appear here.
 */
package fr.gouv.ban.domain;
