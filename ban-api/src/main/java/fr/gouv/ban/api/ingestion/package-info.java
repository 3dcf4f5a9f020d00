/**
 * Imports over HTTP: {@code POST /import/{kind}} uploads a file and starts a job, {@code GET
 * /import/{job}} follows it; the demo data of a first start goes through the same importer.
 */
package fr.gouv.ban.api.ingestion;
