package fr.gouv.ban.domain.service;

import static fr.gouv.ban.domain.Jsonp.JSON;

import fr.gouv.ban.domain.resource.ResourceRenderer;
import fr.gouv.ban.domain.versioning.DiffEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Reads the diff feed: committed changes in increment order, which is commit order (given at commit
 * by the trigger of migration V003), so a consumer that asks for {@code increment > last seen}
 * never misses one.
 */
@ApplicationScoped
public class DiffFeed {
  @PersistenceContext(unitName = "ban")
  private EntityManager em;

  @Inject private ResourceRenderer renderer;

  /**
   * Which diffs: all filters optional.
   *
   * @param after only increments strictly greater
   * @param since only diffs created at or after
   * @param until only diffs created before
   * @param resources resource kinds (OR)
   * @param insee municipality codes (OR)
   */
  public record Query(
      long after,
      OffsetDateTime since,
      OffsetDateTime until,
      List<String> resources,
      List<String> insee) {}

  /** The first {@code limit} matching diffs, oldest first. */
  public List<JsonObject> page(Query q, int limit) {
    return bind(
            em.createQuery(
                "select d from DiffEntity d" + where(q) + " order by d.increment",
                DiffEntity.class),
            q)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(this::view)
        .toList();
  }

  /** How many diffs match. */
  public long count(Query q) {
    return bind(em.createQuery("select count(d) from DiffEntity d" + where(q), Long.class), q)
        .getSingleResult();
  }

  /** The greatest committed increment, 0 if none. */
  public long last() {
    Long max =
        em.createQuery("select max(d.increment) from DiffEntity d", Long.class).getSingleResult();
    return max == null ? 0 : max;
  }

  private static String where(Query q) {
    StringBuilder w = new StringBuilder(" where d.increment > :after");
    if (q.since() != null) {
      w.append(" and d.createdAt >= :since");
    }
    if (q.until() != null) {
      w.append(" and d.createdAt < :until");
    }
    if (!q.resources().isEmpty()) {
      w.append(" and d.resource in :resources");
    }
    if (!q.insee().isEmpty()) {
      w.append(" and d.insee in :insee");
    }
    return w.toString();
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, Query q) {
    query.setParameter("after", q.after());
    if (q.since() != null) {
      query.setParameter("since", q.since());
    }
    if (q.until() != null) {
      query.setParameter("until", q.until());
    }
    if (!q.resources().isEmpty()) {
      query.setParameter("resources", q.resources());
    }
    if (!q.insee().isEmpty()) {
      query.setParameter("insee", q.insee());
    }
    return query;
  }

  /** {@code {increment, resource, resource_id, insee, created_at, created_by, old, new, diff}}. */
  public JsonObject view(DiffEntity d) {
    return JSON.createObjectBuilder()
        .add("increment", d.getIncrement())
        .add("resource", d.getResource())
        .add("resource_id", d.getResourceId())
        .add("insee", d.getInsee() == null ? JsonValue.NULL : JSON.createValue(d.getInsee()))
        .add("created_at", ResourceRenderer.timestamp(d.getCreatedAt()))
        .add("created_by", renderer.session(d.getCreatedBy()))
        .add("old", d.getOld() == null ? JsonValue.NULL : VersionHistory.parse(d.getOld()))
        .add("new", d.getNew() == null ? JsonValue.NULL : VersionHistory.parse(d.getNew()))
        .add("diff", VersionHistory.parse(d.getDiff()))
        .build();
  }
}
