/**
 * {@code bin/ban}, the administration tool: picocli commands that work directly on the configured
 * database (the same one the server uses), so they work whether or not a server is running.
 */
package fr.gouv.ban.cli;
