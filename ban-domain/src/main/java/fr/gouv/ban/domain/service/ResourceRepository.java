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
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

  /** Named queries added at run time (uniqueness checks), once per name. */
  private static final Map<String, Boolean> REGISTERED = new ConcurrentHashMap<>();

  @PersistenceContext(unitName = "ban")
  private EntityManager em;

  @PersistenceUnit(unitName = "ban")
  private EntityManagerFactory emf;

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
    String jpql =
        "select e from "
            + def.entityName()
            + " e where e."
            + ident.name()
            + " = :v order by e.deletedAt desc nulls first";
    boolean named = lock && "id".equals(ident.name());
    TypedQuery<? extends VersionedResource> q =
        named
            ? em.createNamedQuery(
                registered(def.entityName() + ".lock", def, jpql, LockModeType.PESSIMISTIC_WRITE),
                def.entityClass())
            : em.createQuery(jpql, def.entityClass());
    q.setParameter("v", ident.value());
    if (!named) {
      q.setMaxResults(1); // ids are unique: the named query needs no limit (which re-prepares)
    }
    if (lock && !named) {
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

  /**
   * Rows other than {@code entity} that hold the same values for {@code key}, compared as the
   * unique indexes do (so that they serve the check): nullable members through {@code coalesce(x,
   * '')} (nulls are values), case-insensitive ones through {@code upper()}. Each key's query is a
   * named query, prepared once, since writes run these checks on every call.
   */
  public List<? extends VersionedResource> collisions(VersionedResource entity, UniqueKey key) {
    ResourceDefinition<?> def = Definitions.of(entity.kind());
    TypedQuery<? extends VersionedResource> q =
        em.createNamedQuery(uniqueQueryName(def, key), def.entityClass());
    for (int i = 0; i < key.fields().size(); i++) {
      Object value = AttributeAccess.get(entity, key.fields().get(i));
      q.setParameter("p" + i, value != null ? value : "");
    }
    q.setParameter("self", entity.getPk() == null ? -1L : entity.getPk());
    // no row limit: it would make EclipseLink re-prepare the named query (LIMIT in the SQL);
    // a unique index leaves at most one row per key anyway
    return q.getResultList();
  }

  private String uniqueQueryName(ResourceDefinition<?> def, UniqueKey key) {
    String name = def.entityName() + ".unique." + String.join("-", key.fields());
    StringBuilder jpql =
        new StringBuilder("select e from " + def.entityName() + " e where e.pk <> :self");
    for (int i = 0; i < key.fields().size(); i++) {
      String a = key.fields().get(i);
      String column = key.nullable().contains(a) ? "coalesce(e." + a + ", '')" : "e." + a;
      if (key.caseInsensitive().contains(a)) {
        jpql.append(" and upper(").append(column).append(") = upper(:p").append(i).append(')');
      } else {
        jpql.append(" and ").append(column).append(" = :p").append(i);
      }
    }
    if (!key.natural()) {
      jpql.append(" and e.deletedAt is null");
    }
    return registered(name, def, jpql.toString(), null);
  }

  /** Registers a named query once (atomically: concurrent callers wait) and returns its name. */
  private String registered(
      String name, ResourceDefinition<?> def, String jpql, LockModeType lock) {
    REGISTERED.computeIfAbsent(
        name,
        n -> {
          TypedQuery<?> q = em.createQuery(jpql, def.entityClass());
          if (lock != null) {
            q.setLockMode(lock);
          }
          emf.addNamedQuery(n, q);
          return true;
        });
    return name;
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
