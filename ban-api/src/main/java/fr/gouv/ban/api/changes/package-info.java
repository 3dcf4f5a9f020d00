/**
 * Following and sending changes: the diff feed ({@code GET /diff}), its Server-Sent Events stream
 * ({@code GET /diff/stream}) and atomic batches of writes ({@code POST /batch}).
 */
package fr.gouv.ban.api.changes;
