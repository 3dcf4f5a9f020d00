package fr.gouv.ban.domain.service;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * A rendered page of a collection.
 *
 * @param items rendered items
 * @param total the number of matching items over all pages
 */
public record RenderedPage(List<JsonObject> items, long total) {}
