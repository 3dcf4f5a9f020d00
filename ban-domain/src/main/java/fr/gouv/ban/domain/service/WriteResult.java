package fr.gouv.ban.domain.service;

import fr.gouv.ban.domain.model.VersionedResource;

/**
 * The outcome of a create.
 *
 * @param resource the stored resource
 * @param revived whether a soft-deleted row was revived instead of inserting a new one
 */
public record WriteResult(VersionedResource resource, boolean revived) {}
