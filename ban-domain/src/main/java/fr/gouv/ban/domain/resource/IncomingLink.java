package fr.gouv.ban.domain.resource;

import fr.gouv.ban.domain.model.VersionedResource;

/**
 * A relation pointing at a resource; while an active row uses it, the resource cannot be deleted.
 *
 * @param relation the name reported in the error ({@code groups}, {@code housenumbers}...)
 * @param source the entity holding the link
 * @param attribute the linking attribute of {@code source}
 * @param many whether the attribute is a collection (e.g. ancestors)
 */
public record IncomingLink(
    String relation, Class<? extends VersionedResource> source, String attribute, boolean many) {}
