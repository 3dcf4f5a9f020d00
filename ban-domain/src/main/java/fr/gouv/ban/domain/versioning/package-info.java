/**
 * Versions and the diff feed. Each write stores one immutable version row (the resource's data as
 * canonical JSON) and one diff row (old data, new data, changed fields), in the same transaction as
 * the write itself.
 */
package fr.gouv.ban.domain.versioning;
