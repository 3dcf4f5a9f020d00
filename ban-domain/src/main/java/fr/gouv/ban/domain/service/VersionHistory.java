package fr.gouv.ban.domain.service;

import static fr.gouv.ban.domain.Jsonp.JSON;

import fr.gouv.ban.domain.model.VersionedResource;
import fr.gouv.ban.domain.versioning.DataDiff;
import fr.gouv.ban.domain.versioning.DiffEntity;
import fr.gouv.ban.domain.versioning.VersionEntity;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Stores and reads versions; every stored version also writes its diff row and event. */
@ApplicationScoped
public class VersionHistory {
  @PersistenceContext(unitName = "ban")
  private EntityManager em;

  @Inject private Event<ResourceChanged> changes;
  @Inject private BulkWrites bulkWrites;
  @Inject private CommittedChanges committedChanges;

  @Resource private TransactionSynchronizationRegistry transaction;

  /** Key of the transaction's diffs not yet inserted (kept for {@link #numberPendingDiffs}). */
  private static final Object PENDING = VersionHistory.class;

  /**
   * Records the entity's current state as its version {@code entity.getVersion()}, with the diff
   * against {@code old} (null on create). Must run in the writing transaction.
   */
  public void record(VersionedResource entity, JsonObject old, JsonObject current) {
    OffsetDateTime at = entity.getModifiedAt();
    long by = entity.getModifiedBy();
    String resource = entity.kind().wireName();
    String data = current.toString(); // once for the version and the diff: imports write millions
    VersionEntity version =
        new VersionEntity(resource, entity.getPk(), entity.getVersion(), data, at, by);
    DiffEntity diff =
        new DiffEntity(
            resource,
            entity.getId(),
            entity.insee(),
            at,
            by,
            old == null ? null : old.toString(),
            data,
            DataDiff.diff(old, current).toString());
    BulkRows bulk = bulkWrites.current();
    if (bulk == null) {
      em.persist(version);
      em.persist(diff);
    } else {
      version.setPk(bulkWrites.nextKey("version_pk_seq"));
      diff.setPk(bulkWrites.nextKey("diff_pk_seq"));
      bulk.add(version, diff);
    }
    pending().add(diff);
    changes.fire(new ResourceChanged(entity.kind(), entity.getId(), diff.getPk(), old, current));
  }

  @SuppressWarnings("unchecked")
  private List<DiffEntity> pending() {
    List<DiffEntity> list = (List<DiffEntity>) transaction.getResource(PENDING);
    if (list == null) {
      list = new ArrayList<>();
      transaction.putResource(PENDING, list);
    }
    return list;
  }

  /**
   * Forgets the diffs recorded so far in this transaction (flushed and detached by the caller) and
   * their events: for a transaction that will be rolled back (a dry run), chunk after chunk.
   */
  public void forgetPending() {
    pending().clear();
    committedChanges.forget();
  }

  /**
   * Gives the increments of the diffs this transaction recorded and has not inserted yet, in the
   * order they were recorded, taking the commit-order lock that the {@code diff_commit_order}
   * trigger would take at commit: a bulk writer calls it just before its final flush and commit, so
   * that its diffs are inserted numbered instead of being inserted and then updated by the trigger
   * (which halves the cost of the diff rows). The lock is held until the commit ends, as with the
   * trigger, so increments still follow commit order. A diff already inserted (a flush happened
   * since it was recorded) keeps the number the trigger gives it at commit: the one drawn here is
   * then a hole, which the feed allows (decision 16).
   */
  public void numberPendingDiffs() {
    List<DiffEntity> unnumbered = pending().stream().filter(d -> d.getIncrement() == null).toList();
    if (unnumbered.isEmpty()) {
      return;
    }
    em.createNativeQuery("select pg_advisory_xact_lock(4702110)").getSingleResult();
    @SuppressWarnings("unchecked")
    List<Number> increments =
        em.createNativeQuery(
                "select nextval('diff_commit_seq') from generate_series(1, ?1) order by 1")
            .setParameter(1, unnumbered.size())
            .getResultList();
    for (int i = 0; i < unnumbered.size(); i++) {
      unnumbered.get(i).setIncrement(increments.get(i).longValue());
    }
  }

  /**
   * Records the hard deletion of {@code entity} (a municipality absorbed by a merge): no version, a
   * diff with {@code new} null and every field going to null, and the event.
   */
  public void recordRemoval(VersionedResource entity, JsonObject old, long by) {
    JsonObject none = JsonValue.EMPTY_JSON_OBJECT;
    DiffEntity diff =
        new DiffEntity(
            entity.kind().wireName(),
            entity.getId(),
            entity.insee(),
            java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)
                .truncatedTo(java.time.temporal.ChronoUnit.MICROS),
            by,
            old.toString(),
            null,
            DataDiff.diff(old, none).toString());
    em.persist(diff);
    changes.fire(new ResourceChanged(entity.kind(), entity.getId(), diff.getPk(), old, null));
  }

  /** Versions of a resource, oldest first. */
  public List<VersionEntity> list(VersionedResource entity, int offset, int limit) {
    return em.createQuery(
            "select v from VersionEntity v where v.resource = :r and v.resourcePk = :pk"
                + " order by v.sequential",
            VersionEntity.class)
        .setParameter("r", entity.kind().wireName())
        .setParameter("pk", entity.getPk())
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long count(VersionedResource entity) {
    return em.createQuery(
            "select count(v) from VersionEntity v where v.resource = :r and v.resourcePk = :pk",
            Long.class)
        .setParameter("r", entity.kind().wireName())
        .setParameter("pk", entity.getPk())
        .getSingleResult();
  }

  public Optional<VersionEntity> byNumber(VersionedResource entity, int sequential) {
    return em
        .createQuery(
            "select v from VersionEntity v where v.resource = :r and v.resourcePk = :pk"
                + " and v.sequential = :n",
            VersionEntity.class)
        .setParameter("r", entity.kind().wireName())
        .setParameter("pk", entity.getPk())
        .setParameter("n", sequential)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** The version current at {@code at}: the newest one that started at or before it. */
  public Optional<VersionEntity> at(VersionedResource entity, OffsetDateTime at) {
    return em
        .createQuery(
            "select v from VersionEntity v where v.resource = :r and v.resourcePk = :pk"
                + " and v.validFrom <= :at order by v.sequential desc",
            VersionEntity.class)
        .setParameter("r", entity.kind().wireName())
        .setParameter("pk", entity.getPk())
        .setParameter("at", at)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** The start of the version after {@code sequential}, i.e. the end of its validity. */
  public Optional<OffsetDateTime> validTo(VersionedResource entity, int sequential) {
    return byNumber(entity, sequential + 1).map(VersionEntity::getValidFrom);
  }

  /** Parses stored JSON; keys are sorted again (jsonb keeps its own key order). */
  public static JsonObject parse(String json) {
    try (var reader = JSON.createReader(new StringReader(json))) {
      return (JsonObject) sorted(reader.readObject());
    }
  }

  private static JsonValue sorted(JsonValue v) {
    if (v instanceof JsonObject o) {
      JsonObjectBuilder b = JSON.createObjectBuilder();
      new TreeMap<>(o).forEach((k, x) -> b.add(k, sorted(x)));
      return b.build();
    }
    return v;
  }
}
