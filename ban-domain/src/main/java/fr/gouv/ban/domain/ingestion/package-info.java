/**
 * Imports: runs an ingestion plugin over a file and applies its change commands through the write
 * path in large transactions, idempotently (a command that changes nothing stores nothing), with a
 * report of every rejected row and progress while it runs.
 */
package fr.gouv.ban.domain.ingestion;
