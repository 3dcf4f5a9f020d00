package fr.gouv.ban.domain.service;

import static fr.gouv.ban.domain.Jsonp.JSON;

import fr.gouv.ban.domain.contributor.ContributorSession;
import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ErrorCode;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.model.VersionedResource;
import fr.gouv.ban.domain.resource.ResourceRenderer;
import fr.gouv.ban.domain.versioning.FlagEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Flags: "this client validates this version" (§2.7, decisions 7 and 14). At most one flag per
 * version and client; unflagging removes only the caller's client's flag. Flags do not change the
 * resource's version.
 */
@ApplicationScoped
public class Flags {
  private static final Map<ResourceKind, String> TABLES =
      Map.of(
          ResourceKind.MUNICIPALITY, "municipality",
          ResourceKind.POSTCODE, "postcode",
          ResourceKind.GROUP, "address_group",
          ResourceKind.HOUSENUMBER, "housenumber",
          ResourceKind.POSITION, "position");

  @PersistenceContext(unitName = "ban")
  private EntityManager em;

  @Inject private ResourceQueries queries;
  @Inject private VersionHistory history;

  /**
   * Flags ({@code status} true) or unflags version {@code sequential} of a resource for the
   * caller's client.
   */
  @Transactional
  public void set(
      ResourceKind kind, String ident, int sequential, boolean status, ContributorSession by) {
    VersionedResource e = queries.get(kind, ident);
    if (e.isDeleted()) {
      throw new BanException(ErrorCode.RESOURCE_DELETED, "Resource `" + e.getId() + "` is deleted");
    }
    if (history.byNumber(e, sequential).isEmpty()) {
      throw new BanException(
          ErrorCode.VERSION_NOT_FOUND, "Version reference `" + sequential + "` not found");
    }
    write(e, sequential, status, by);
  }

  /**
   * Flags the current version of a resource just stored in this transaction (an import of a
   * certified address); the resource's rows must have been flushed.
   */
  public void flagCurrent(VersionedResource e, ContributorSession by) {
    write(e, e.getVersion(), true, by);
  }

  private void write(VersionedResource e, int sequential, boolean status, ContributorSession by) {
    ResourceKind kind = e.kind();
    if (status) {
      em.createNativeQuery(
              "insert into flag (resource, resource_pk, sequential, client_pk, client_name,"
                  + " contributor_type, session_pk, created_at) select ?1, ?2, ?3, s.client_pk,"
                  + " s.client_name, s.contributor_type, s.pk, ?4 from contributor_session s"
                  + " where s.pk = ?5 and s.client_pk is not null on conflict do nothing")
          .setParameter(1, kind.wireName())
          .setParameter(2, e.getPk())
          .setParameter(3, sequential)
          .setParameter(4, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS))
          .setParameter(5, by.id())
          .executeUpdate();
    } else {
      em.createNativeQuery(
              "delete from flag where resource = ?1 and resource_pk = ?2 and sequential = ?3"
                  + " and client_pk = (select client_pk from contributor_session where pk = ?4)")
          .setParameter(1, kind.wireName())
          .setParameter(2, e.getPk())
          .setParameter(3, sequential)
          .setParameter(4, by.id())
          .executeUpdate();
    }
    JsonValue latest = newest(e);
    em.createNativeQuery(
            "update " + TABLES.get(kind) + " set latest_flag = cast(?1 as jsonb) where pk = ?2")
        .setParameter(1, latest == JsonValue.NULL ? null : latest.toString())
        .setParameter(2, e.getPk())
        .executeUpdate();
  }

  /** The flags of the given versions of a resource, by version number, oldest first. */
  public Map<Integer, JsonArray> ofVersions(VersionedResource e, Collection<Integer> sequentials) {
    Map<Integer, JsonArrayBuilder> found = new HashMap<>();
    if (!sequentials.isEmpty()) {
      for (FlagEntity f : query(e, sequentials)) {
        found.computeIfAbsent(f.getSequential(), k -> JSON.createArrayBuilder()).add(view(f));
      }
    }
    Map<Integer, JsonArray> out = new HashMap<>();
    for (Integer s : sequentials) {
      JsonArrayBuilder b = found.get(s);
      out.put(s, b == null ? JsonValue.EMPTY_JSON_ARRAY : b.build());
    }
    return out;
  }

  /** The newest flag of any version of the resource, or JSON null, as kept on its row. */
  public JsonValue latest(VersionedResource e) {
    return e.getLatestFlag() == null ? JsonValue.NULL : VersionHistory.parse(e.getLatestFlag());
  }

  private JsonValue newest(VersionedResource e) {
    List<FlagEntity> newest =
        em.createQuery(
                "select f from FlagEntity f where f.resource = :r and f.resourcePk = :pk"
                    + " order by f.createdAt desc, f.pk desc",
                FlagEntity.class)
            .setParameter("r", e.kind().wireName())
            .setParameter("pk", e.getPk())
            .setMaxResults(1)
            .getResultList();
    return newest.isEmpty() ? JsonValue.NULL : view(newest.get(0));
  }

  /** A single view with the resource's latest flag as {@code flag} (decision 14). */
  public JsonObject withLatest(JsonObject single, VersionedResource e) {
    return JSON.createObjectBuilder(single).add("flag", latest(e)).build();
  }

  /** A single view of a resource that has no flag. */
  public JsonObject withNone(JsonObject single) {
    return JSON.createObjectBuilder(single).add("flag", JsonValue.NULL).build();
  }

  private List<FlagEntity> query(VersionedResource e, Collection<Integer> sequentials) {
    return em.createQuery(
            "select f from FlagEntity f where f.resource = :r and f.resourcePk = :pk"
                + " and f.sequential in :s order by f.createdAt, f.pk",
            FlagEntity.class)
        .setParameter("r", e.kind().wireName())
        .setParameter("pk", e.getPk())
        .setParameter("s", sequentials)
        .getResultList();
  }

  private static JsonObject view(FlagEntity f) {
    return JSON.createObjectBuilder()
        .add("at", ResourceRenderer.timestamp(f.getCreatedAt()))
        .add("by", f.getContributorType())
        .add("client", f.getClientName())
        .build();
  }
}
