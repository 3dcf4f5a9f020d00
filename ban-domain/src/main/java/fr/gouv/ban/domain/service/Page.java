package fr.gouv.ban.domain.service;

import fr.gouv.ban.domain.model.VersionedResource;
import java.util.List;

/**
 * One page of a collection.
 *
 * @param items the resources of this page, in the collection's order
 * @param total the number of active resources matching the filters
 */
public record Page(List<? extends VersionedResource> items, long total) {}
