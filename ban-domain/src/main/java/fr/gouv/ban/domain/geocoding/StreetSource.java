package fr.gouv.ban.domain.geocoding;

import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.persistence.CustomPlans;
import fr.gouv.ban.domain.service.ChangeCommitted;
import fr.gouv.ban.domain.service.VersionHistory;
import fr.gouv.ban.geocoder.DocumentChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Reads street documents from the management database (through {@link StreetRows}, shared with
 * {@code bin/ban index build --from db}), so a street changed through the API replaces the one the
 * index was built with, and finds which streets a change touches.
 */
@ApplicationScoped
@Transactional // read in a transaction: callers run on managed threads, outside any request
public class StreetSource implements StreetLookups {
  /** Groups per query: an import chunk changes a few hundred streets. */
  private static final int BATCH = 500;

  @PersistenceContext(unitName = "ban")
  private EntityManager em;

  @Override
  public Set<String> groupsOfHousenumbers(Collection<String> housenumberIds) {
    return lookup(
        "select g.id from housenumber h join address_group g on g.pk = h.parent_pk"
            + " where h.id = any(cast(?1 as text[]))",
        housenumberIds);
  }

  @Override
  public Set<String> housenumbersOfPositions(Collection<String> positionIds) {
    return lookup(
        "select h.id from position p join housenumber h on h.pk = p.housenumber_pk"
            + " where p.id = any(cast(?1 as text[]))",
        positionIds);
  }

  @Override
  public Set<String> groupsOfMunicipalities(Collection<String> municipalityIds) {
    return lookup(
        "select g.id from address_group g join municipality m on m.pk = g.municipality_pk"
            + " where m.id = any(cast(?1 as text[])) and g.deleted_at is null",
        municipalityIds);
  }

  @Override
  public Set<String> groupsOfPostcodes(Collection<String> postcodeIds) {
    return lookup(
        "select distinct g.id from postcode pc join housenumber h on h.postcode_pk = pc.pk"
            + " join address_group g on g.pk = h.parent_pk"
            + " where pc.id = any(cast(?1 as text[])) and h.deleted_at is null"
            + " and g.deleted_at is null",
        postcodeIds);
  }

  /**
   * Runs {@code sql} for the ids a thousand at a time (an import changes hundreds of thousands),
   * the ids passed as one array literal: they are ban ids, made of letters, digits and dashes.
   */
  private Set<String> lookup(String sql, Collection<String> ids) {
    CustomPlans.forLookups(em);
    Set<String> out = new LinkedHashSet<>();
    List<String> all = List.copyOf(ids);
    for (int i = 0; i < all.size(); i += 1000) {
      List<String> part = all.subList(i, Math.min(all.size(), i + 1000));
      @SuppressWarnings("unchecked")
      List<String> found =
          em.createNativeQuery(sql)
              .setParameter(1, "{" + String.join(",", part) + "}")
              .getResultList();
      out.addAll(found);
    }
    return out;
  }

  @Override
  public List<DocumentChange> streets(
      Collection<String> groupIds, ToLongFunction<String> population) {
    CustomPlans.forLookups(em);
    List<DocumentChange> out = new ArrayList<>(groupIds.size());
    List<String> all = List.copyOf(groupIds);
    for (int i = 0; i < all.size(); i += BATCH) {
      List<String> part = all.subList(i, Math.min(all.size(), i + BATCH));
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery(StreetRows.SOME_GROUPS)
              .setParameter(1, "{" + String.join(",", part) + "}")
              .getResultList();
      Map<String, List<Object[]>> byGroup = new HashMap<>();
      for (Object[] row : rows) {
        byGroup.computeIfAbsent((String) row[StreetRows.GROUP_ID], k -> new ArrayList<>()).add(row);
      }
      for (String groupId : part) {
        out.add(StreetRows.street(groupId, byGroup.getOrDefault(groupId, List.of()), population));
      }
    }
    return out;
  }

  /**
   * The changes committed after {@code increment}, in increment order, as the events that announced
   * them, with only the fields the geocoder follows in {@code old}/{@code current} ({@code parent},
   * {@code insee}): what a node replays after loading a snapshot of the database.
   */
  public List<ChangeCommitted> committedAfter(long increment) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select resource, resource_id, increment,"
                    + " cast(jsonb_build_object('parent', old->'parent', 'insee', old->'insee')"
                    + " as text),"
                    + " cast(jsonb_build_object('parent', new->'parent', 'insee', new->'insee')"
                    + " as text)"
                    + " from diff where increment > ?1 order by increment")
            .setParameter(1, increment)
            .getResultList();
    List<ChangeCommitted> out = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      ResourceKind.fromWire((String) row[0])
          .ifPresent(
              kind ->
                  out.add(
                      new ChangeCommitted(
                          kind,
                          (String) row[1],
                          ((Number) row[2]).longValue(),
                          json(row[3]),
                          json(row[4]))));
    }
    return out;
  }

  private static JsonObject json(Object text) {
    return text == null ? null : VersionHistory.parse((String) text);
  }
}
