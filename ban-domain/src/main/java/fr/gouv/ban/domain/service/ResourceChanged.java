package fr.gouv.ban.domain.service;

import fr.gouv.ban.domain.model.ResourceKind;
import jakarta.json.JsonObject;

/**
 * Fired once per stored version, during the writing transaction; observers that must only see
 * committed changes (the geocoder, subscribers) observe it {@code during = AFTER_SUCCESS}.
 *
 * @param kind the resource kind
 * @param id the resource's public id
 * @param increment the diff increment of this change
 * @param old data before the change, or null on create
 * @param current data after the change
 */
public record ResourceChanged(
    ResourceKind kind, String id, long increment, JsonObject old, JsonObject current) {}
