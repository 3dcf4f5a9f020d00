package fr.gouv.ban.domain.resource;

import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.model.VersionedResource;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything that differs between resource kinds: how a body is read, how the entity shows as
 * fields, its uniqueness rules, who links to it, its collection filters and order. The generic
 * service, queries and renderer do the rest.
 *
 * @param <E> the entity class
 */
public interface ResourceDefinition<E extends VersionedResource> {
  ResourceKind kind();

  Class<E> entityClass();

  /** JPQL entity name. */
  default String entityName() {
    return entityClass().getSimpleName();
  }

  E newEntity();

  /** Reads the body into {@code target}; violations go to {@code in.violations()}. */
  void read(BodyReader in, E target);

  /** The resource's own fields, in display order (no id, version, timestamps, attributes). */
  Map<String, FieldValue> fields(E entity);

  /** Reverse relations: shown in single views only, never stored in version data. */
  default Set<String> reverseRelations() {
    return Set.of();
  }

  /** Fields left out of collection items besides timestamps, status and reverse relations. */
  default Set<String> collectionExclusions() {
    return Set.of();
  }

  /** Relation fields (also reverse ones) and the kind each points to. */
  Map<String, ResourceKind> relations();

  List<UniqueKey> uniqueKeys();

  List<IncomingLink> incomingLinks();

  /** Collection filters: query parameter name to the filter applied. */
  Map<String, Filter> filters();

  /** JPQL order clause on alias {@code e}. */
  String defaultOrder();
}
