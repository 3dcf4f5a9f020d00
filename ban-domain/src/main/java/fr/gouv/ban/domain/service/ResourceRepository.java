package fr.gouv.ban.domain.service;

import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.model.VersionedResource;
import fr.gouv.ban.domain.resource.Definitions;
import fr.gouv.ban.domain.resource.IncomingLink;
import fr.gouv.ban.domain.resource.Mask;
import fr.gouv.ban.domain.resource.ResourceDefinition;
import fr.gouv.ban.domain.resource.UniqueKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** JPA access to resources by identifier, uniqueness and links. */
@ApplicationScoped
public class ResourceRepository {
  /** Relation paths of each kind's single view with the default mask. */
  private static final Map<ResourceKind, Set<String>> DEFAULT_VIEW_PATHS =
      new EnumMap<>(ResourceKind.class);

  static {
    for (ResourceKind kind : ResourceKind.values()) {
      DEFAULT_VIEW_PATHS.put(kind, ResourceQueries.batchPaths(kind, Mask.all(), false));
    }
  }

  @PersistenceContext(unitName = "ban")
  private EntityManager em;

  EntityManager em() {
    return em;
  }

  /**
   * Finds a resource by identifier, active rows first (a non-natural identifier may be held by a
   * deleted row and by an active one).
   */
  public Optional<VersionedResource> find(ResourceKind kind, Ident ident) {
    return find(kind, ident, false);
  }

  /**
   * Same as {@link #find(ResourceKind, Ident)}, locking the row for update when {@code lock}:
   * concurrent writers of one resource then take turns, so none loses an update.
   */
  public Optional<VersionedResource> find(ResourceKind kind, Ident ident, boolean lock) {
    ResourceDefinition<?> def = Definitions.of(kind);
    String attribute = ident.name();
    TypedQuery<? extends VersionedResource> q =
        em.createQuery(
                "select e from "
                    + def.entityName()
                    + " e where e."
                    + attribute
                    + " = :v order by e.deletedAt desc nulls first",
                def.entityClass())
            .setParameter("v", ident.value())
            .setMaxResults(1);
    if (lock) {
      q.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return q.getResultList().stream().findFirst().map(VersionedResource.class::cast);
  }

  /**
   * Finds a resource for display, loading the given relation paths in the same SQL statement (outer
   * joins on the first level, batched reads below), so a single view costs one round trip. No row
   * limit: a limit would cut the joined rows of collections.
   */
  public Optional<VersionedResource> findFetching(
      ResourceKind kind, Ident ident, Set<String> paths) {
    ResourceDefinition<?> def = Definitions.of(kind);
    boolean defaultView = "id".equals(ident.name()) && paths.equals(DEFAULT_VIEW_PATHS.get(kind));
    // the default single view by id is a named query, prepared once: EclipseLink re-prepares a
    // dynamic query whose fetch hints are set per call, which cost more than the SQL itself
    TypedQuery<? extends VersionedResource> q =
        defaultView
            ? em.createNamedQuery(def.entityName() + ".view", def.entityClass())
            : em.createQuery(
                "select e from " + def.entityName() + " e where e." + ident.name() + " = :v",
                def.entityClass());
    q.setParameter("v", ident.value());
    for (String path : defaultView ? Set.<String>of() : paths) {
      q.setHint(
          path.contains(".") ? "eclipselink.batch" : "eclipselink.left-join-fetch", "e." + path);
    }
    return q.getResultList().stream()
        .map(VersionedResource.class::cast)
        .min(Comparator.comparing(VersionedResource::isDeleted));
  }

  /** Rows other than {@code entity} that hold the same values for {@code key}. */
  public List<? extends VersionedResource> collisions(VersionedResource entity, UniqueKey key) {
    ResourceDefinition<?> def = Definitions.of(entity.kind());
    StringBuilder jpql = new StringBuilder("select e from " + def.entityName() + " e where 1 = 1");
    Object[] values = new Object[key.attributes().size()];
    for (int i = 0; i < values.length; i++) {
      String attribute = key.attributes().get(i);
      values[i] = AttributeAccess.get(entity, attribute);
      if (values[i] == null) {
        jpql.append(" and e.").append(attribute).append(" is null");
      } else if (key.caseInsensitive().contains(attribute)) {
        jpql.append(" and upper(e.").append(attribute).append(") = upper(:p").append(i).append(')');
      } else {
        jpql.append(" and e.").append(attribute).append(" = :p").append(i);
      }
    }
    if (entity.getPk() != null) {
      jpql.append(" and e.pk <> :self");
    }
    if (!key.natural()) {
      jpql.append(" and e.deletedAt is null");
    }
    TypedQuery<? extends VersionedResource> q = em.createQuery(jpql.toString(), def.entityClass());
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        q.setParameter("p" + i, values[i]);
      }
    }
    if (entity.getPk() != null) {
      q.setParameter("self", entity.getPk());
    }
    return q.setMaxResults(2).getResultList();
  }

  /** The first incoming relation through which an active row still uses {@code entity}. */
  public Optional<String> activeLink(VersionedResource entity) {
    for (IncomingLink link : Definitions.of(entity.kind()).incomingLinks()) {
      String jpql =
          link.many()
              ? "select count(x) from "
                  + link.source().getSimpleName()
                  + " x join x."
                  + link.attribute()
                  + " t where t = :e and x.deletedAt is null"
              : "select count(x) from "
                  + link.source().getSimpleName()
                  + " x where x."
                  + link.attribute()
                  + " = :e and x.deletedAt is null";
      long n = em.createQuery(jpql, Long.class).setParameter("e", entity).getSingleResult();
      if (n > 0) {
        return Optional.of(link.relation());
      }
    }
    return Optional.empty();
  }
}
