package fr.gouv.ban.domain.service;

import fr.gouv.ban.domain.model.ResourceKind;
import jakarta.json.JsonObject;

/**
 * Fired once per stored version (and per removal), during the writing transaction. Its diff's
 * increment is only given at commit: observers of committed changes observe {@link ChangeCommitted}
 * instead, which {@link CommittedChanges} fires after the commit with it.
 *
 * @param kind the resource kind
 * @param id the resource's public id
 * @param diff the key of the change's diff row
 * @param old data before the change, or null on create
 * @param current data after the change, or null for a removal
 */
public record ResourceChanged(
    ResourceKind kind, String id, long diff, JsonObject old, JsonObject current) {}
