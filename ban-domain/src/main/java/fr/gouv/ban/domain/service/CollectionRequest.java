package fr.gouv.ban.domain.service;

import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.resource.Mask;
import java.util.List;
import java.util.Map;

/**
 * A collection query: filters as given in the URL (repeated = OR), paging, and the mask whose
 * relations are batch-loaded.
 */
public record CollectionRequest(
    ResourceKind kind,
    Map<String, List<String>> parameters,
    int offset,
    int limit,
    Mask mask,
    boolean items) {}
