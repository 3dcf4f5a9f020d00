package fr.gouv.ban.domain.service;

import static fr.gouv.ban.domain.Jsonp.JSON;

import fr.gouv.ban.domain.contributor.ContributorSession;
import fr.gouv.ban.domain.error.ValidationFailedException;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.model.VersionedResource;
import fr.gouv.ban.domain.resource.ResourceRenderer;
import fr.gouv.ban.domain.resource.WriteMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Merges communes (a commune nouvelle absorbing others), in one transaction through the normal
 * write path, so every change has its version and diff (§2.5 case 3). For each absorbed commune: an
 * {@code area} group named after it is created in the surviving commune; its groups and postcodes
 * move to the survivor (a postcode that the survivor already has with the same code and complement
 * is replaced by the survivor's: its housenumbers move to it and it is deleted); its housenumbers
 * get the area in their {@code ancestors}; {@code insee:<old>} and {@code id:<old>} redirect to the
 * survivor, with the redirects that led to the absorbed commune; the absorbed commune is then
 * removed (hard delete, with a diff).
 */
@ApplicationScoped
public class MunicipalityMerge {
  @PersistenceContext(unitName = "ban")
  private EntityManager em;

  @Inject private ResourceService service;
  @Inject private ResourceQueries queries;
  @Inject private ResourceRepository repository;
  @Inject private ResourceRenderer renderer;
  @Inject private Redirects redirects;
  @Inject private VersionHistory history;

  /** What a merge did, for the caller's report. */
  public record Report(String survivor, List<String> absorbed, List<String> areas, int moved) {}

  @Transactional
  public Report merge(String into, List<String> absorb, ContributorSession by) {
    if (absorb.isEmpty()) {
      throw ValidationFailedException.of("absorb", "name at least one municipality to absorb");
    }
    VersionedResource survivor = active(into, "into");
    List<String> absorbedIds = new ArrayList<>();
    List<String> areas = new ArrayList<>();
    int moved = 0;
    for (String ident : absorb) {
      VersionedResource absorbed = active(ident, "absorb");
      if (absorbed.getId().equals(survivor.getId()) || absorbedIds.contains(absorbed.getId())) {
        throw ValidationFailedException.of(
            "absorb", "municipality " + ident + " is named twice or is the survivor");
      }
      JsonObject data = renderer.data(absorbed);
      String area =
          service
              .create(
                  ResourceKind.GROUP,
                  JSON.createObjectBuilder()
                      .add("name", data.getString("name"))
                      .add("kind", "area")
                      .add("municipality", survivor.getId())
                      .build(),
                  by)
              .resource()
              .getId();
      moved += movePostcodes(absorbed, survivor, by);
      for (String group : ids("address_group", absorbed)) {
        update(ResourceKind.GROUP, group, "municipality", JSON.createValue(survivor.getId()), by);
        moved++;
        for (String hn : housenumbersOf(group)) {
          addAncestor(hn, area, by);
          moved++;
        }
      }
      service.settle();
      reattachDeletedDependents(absorbed, survivor, by);
      redirects.put(ResourceKind.MUNICIPALITY, survivor, "insee:" + data.getString("insee"));
      redirects.put(ResourceKind.MUNICIPALITY, survivor, "id:" + absorbed.getId());
      service.settle();
      VersionedResource managed =
          repository
              .find(ResourceKind.MUNICIPALITY, new Ident("id", absorbed.getId()), true)
              .orElseThrow();
      history.recordRemoval(managed, data, by.id());
      em.remove(managed);
      em.flush();
      absorbedIds.add(absorbed.getId());
      areas.add(area);
    }
    return new Report(survivor.getId(), absorbedIds, areas, moved);
  }

  private VersionedResource active(String ident, String field) {
    VersionedResource m = queries.get(ResourceKind.MUNICIPALITY, ident);
    if (m.isDeleted()) {
      throw ValidationFailedException.of(field, "municipality " + ident + " is deleted");
    }
    return m;
  }

  /** Moves the absorbed commune's postcodes; returns how many resources changed. */
  private int movePostcodes(
      VersionedResource absorbed, VersionedResource survivor, ContributorSession by) {
    int changed = 0;
    for (String postcode : ids("postcode", absorbed)) {
      JsonObject data = renderer.data(queries.get(ResourceKind.POSTCODE, postcode));
      Optional<String> twin = survivorsTwin(data, survivor);
      if (twin.isEmpty()) {
        update(
            ResourceKind.POSTCODE,
            postcode,
            "municipality",
            JSON.createValue(survivor.getId()),
            by);
        changed++;
        continue;
      }
      for (String hn : housenumbersWithPostcode(postcode)) {
        update(ResourceKind.HOUSENUMBER, hn, "postcode", JSON.createValue(twin.get()), by);
        changed++;
      }
      service.delete(ResourceKind.POSTCODE, postcode, null, by);
      changed++;
    }
    return changed;
  }

  private Optional<String> survivorsTwin(JsonObject postcode, VersionedResource survivor) {
    @SuppressWarnings("unchecked")
    List<String> found =
        em.createNativeQuery(
                "select p.id from postcode p where p.deleted_at is null and p.municipality_pk = ?1"
                    + " and p.code = ?2 and coalesce(p.complement, '') = ?3")
            .setParameter(1, survivor.getPk())
            .setParameter(2, postcode.getString("code"))
            .setParameter(3, text(postcode.get("complement")))
            .getResultList();
    return found.stream().findFirst();
  }

  private void addAncestor(String housenumber, String area, ContributorSession by) {
    JsonObject data = renderer.data(queries.get(ResourceKind.HOUSENUMBER, housenumber));
    JsonArrayBuilder ancestors = JSON.createArrayBuilder(data.getJsonArray("ancestors"));
    ancestors.add(area);
    update(ResourceKind.HOUSENUMBER, housenumber, "ancestors", ancestors.build(), by);
  }

  private void update(
      ResourceKind kind, String id, String field, JsonValue value, ContributorSession by) {
    VersionedResource e = queries.get(kind, id);
    service.update(
        kind,
        id,
        JSON.createObjectBuilder().add("version", e.getVersion() + 1).add(field, value).build(),
        WriteMode.PATCH,
        null,
        by);
  }

  /**
   * Soft-deleted groups and postcodes of the absorbed commune follow it without a new version
   * (deleted resources take no writes), since the hard delete cannot happen while they point to it.
   * A deleted postcode whose code and complement the survivor already has cannot follow (the
   * natural key keeps deleted rows, decision 3): the deleted housenumbers that still name it are
   * pointed at the survivor's, and it is removed with a diff and a redirect to the survivor's.
   */
  private void reattachDeletedDependents(
      VersionedResource absorbed, VersionedResource survivor, ContributorSession by) {
    @SuppressWarnings("unchecked")
    List<Object[]> twins =
        em.createNativeQuery(
                "select p.id, t.pk, t.id from postcode p join postcode t on t.municipality_pk = ?1"
                    + " and t.code = p.code and coalesce(t.complement, '') ="
                    + " coalesce(p.complement, '') where p.municipality_pk = ?2")
            .setParameter(1, survivor.getPk())
            .setParameter(2, absorbed.getPk())
            .getResultList();
    for (Object[] twin : twins) {
      VersionedResource gone = queries.get(ResourceKind.POSTCODE, (String) twin[0]);
      em.createNativeQuery("update housenumber set postcode_pk = ?1 where postcode_pk = ?2")
          .setParameter(1, ((Number) twin[1]).longValue())
          .setParameter(2, gone.getPk())
          .executeUpdate();
      VersionedResource managed =
          repository.find(ResourceKind.POSTCODE, new Ident("id", gone.getId()), true).orElseThrow();
      history.recordRemoval(managed, renderer.data(managed), by.id());
      em.remove(managed);
      em.flush();
      redirects.add(ResourceKind.POSTCODE, "id", gone.getId(), (String) twin[2]);
    }
    for (String table : new String[] {"address_group", "postcode"}) {
      em.createNativeQuery(
              "update " + table + " set municipality_pk = ?1 where municipality_pk = ?2")
          .setParameter(1, survivor.getPk())
          .setParameter(2, absorbed.getPk())
          .executeUpdate();
    }
  }

  @SuppressWarnings("unchecked")
  private List<String> ids(String table, VersionedResource municipality) {
    return em.createNativeQuery(
            "select id from "
                + table
                + " where deleted_at is null and municipality_pk = ?1"
                + " order by pk")
        .setParameter(1, municipality.getPk())
        .getResultList();
  }

  private List<String> housenumbersOf(String group) {
    return strings(
        "select h.id from housenumber h join address_group g on g.pk = h.parent_pk"
            + " where h.deleted_at is null and g.id = ?1 order by h.pk",
        group);
  }

  private List<String> housenumbersWithPostcode(String postcode) {
    return strings(
        "select h.id from housenumber h join postcode p on p.pk = h.postcode_pk"
            + " where h.deleted_at is null and p.id = ?1 order by h.pk",
        postcode);
  }

  @SuppressWarnings("unchecked")
  private List<String> strings(String sql, Object parameter) {
    return em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
  }

  private static String text(JsonValue v) {
    return v instanceof JsonString s ? s.getString() : "";
  }
}
