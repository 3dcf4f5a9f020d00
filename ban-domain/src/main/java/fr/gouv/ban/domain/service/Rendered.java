package fr.gouv.ban.domain.service;

import jakarta.json.JsonObject;

/**
 * A resource rendered inside its transaction.
 *
 * @param json the resource's JSON view
 * @param id its public id
 * @param version its current version (the ETag)
 * @param deleted whether it is soft-deleted
 */
public record Rendered(JsonObject json, String id, int version, boolean deleted) {}
