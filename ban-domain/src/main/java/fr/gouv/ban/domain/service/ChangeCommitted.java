package fr.gouv.ban.domain.service;

import fr.gouv.ban.domain.model.ResourceKind;
import jakarta.json.JsonObject;

/**
 * A committed change with its diff increment (commit order), fired shortly after the commit on a
 * managed thread, once per stored version or removal, in increment order within a transaction. The
 * geocoder's live index and the diff stream observe it.
 *
 * @param current data after the change, or null for a removal
 */
public record ChangeCommitted(
    ResourceKind kind, String id, long increment, JsonObject old, JsonObject current) {}
