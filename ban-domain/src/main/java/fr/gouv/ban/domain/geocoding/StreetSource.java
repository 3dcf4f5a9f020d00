package fr.gouv.ban.domain.geocoding;

import fr.gouv.ban.geocoder.DocumentChange;
import fr.gouv.ban.geocoder.HousenumberEntry;
import fr.gouv.ban.geocoder.load.StreetDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Reads street documents from the management database, in the shape the BAN CSV gives them, so a
 * street changed through the API replaces the one the index was built with: id {@code
 * <insee>_<voie>} (the FANTOIR's last four characters), housenumbers keyed by their clé
 * d'interopérabilité ({@code 75102_6998_00008}, {@code _bis} for a suffix). A group without FANTOIR
 * uses its BAN ids. A housenumber is placed at its entrance position, else its first one; one
 * without a position cannot be placed and is left out, and a street with no placed number is
 * removed from the index.
 */
@ApplicationScoped
@Transactional // read in a transaction: callers run on managed threads, outside any request
public class StreetSource {
  @PersistenceContext(unitName = "ban")
  private EntityManager em;

  /** The groups (parents) of the given housenumbers, deleted ones included. */
  public Set<String> groupsOfHousenumbers(Collection<String> housenumberIds) {
    return lookup(
        "select g.id from housenumber h join address_group g on g.pk = h.parent_pk"
            + " where h.id = any(cast(?1 as text[]))",
        housenumberIds);
  }

  /** The housenumbers of the given positions. */
  public Set<String> housenumbersOfPositions(Collection<String> positionIds) {
    return lookup(
        "select h.id from position p join housenumber h on h.pk = p.housenumber_pk"
            + " where p.id = any(cast(?1 as text[]))",
        positionIds);
  }

  /**
   * Runs {@code sql} for the ids a thousand at a time (an import changes hundreds of thousands),
   * the ids passed as one array literal: they are ban ids, made of letters, digits and dashes.
   */
  private Set<String> lookup(String sql, Collection<String> ids) {
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

  /**
   * The current documents of the given groups: an upsert per street that has placed numbers, a
   * delete for the others (deleted, unknown, or nothing to place).
   *
   * @param population the population weighing a commune's streets (see {@code CommuneDirectory})
   */
  public List<DocumentChange> streets(
      Collection<String> groupIds, ToLongFunction<String> population) {
    List<DocumentChange> out = new ArrayList<>();
    for (String groupId : groupIds) {
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery(
                  "select g.name, g.fantoir, g.deleted_at is not null, m.insee, m.name, h.id,"
                      + " h.number, h.ordinal, pc.code, ST_X(p.center), ST_Y(p.center),"
                      + " g.ign, h.ign"
                      + " from address_group g join municipality m on m.pk = g.municipality_pk"
                      + " left join housenumber h on h.parent_pk = g.pk and h.deleted_at is null"
                      + " left join postcode pc on pc.pk = h.postcode_pk and pc.deleted_at is null"
                      + " left join lateral (select q.center from position q"
                      + " where q.housenumber_pk = h.pk and q.deleted_at is null"
                      + " and q.center is not null order by (q.kind = 'entrance') desc, q.pk"
                      + " limit 1) p on true"
                      + " where g.id = ?1 order by h.pk")
              .setParameter(1, groupId)
              .getResultList();
      out.add(street(groupId, rows, population));
    }
    return out;
  }

  private static DocumentChange street(
      String groupId, List<Object[]> rows, ToLongFunction<String> population) {
    if (rows.isEmpty()) {
      return DocumentChange.delete(groupId);
    }
    Object[] first = rows.get(0);
    String fantoir = (String) first[1];
    String insee = (String) first[3];
    // the BAN's own ids when the street came from a BAN import, else derived from FANTOIR
    String banStreet = (String) first[11];
    String streetId =
        banStreet != null
            ? banStreet
            : fantoir == null ? groupId : insee + "_" + fantoir.substring(5);
    if (Boolean.TRUE.equals(first[2])) {
      return DocumentChange.delete(streetId);
    }
    List<HousenumberEntry> numbers = new ArrayList<>();
    Map<String, Integer> postcodes = new LinkedHashMap<>();
    for (Object[] row : rows) {
      if (row[5] == null || row[9] == null) {
        continue; // no housenumber, or one without a position
      }
      String number = (String) row[6];
      String ordinal = row[7] == null ? "" : ((String) row[7]).toLowerCase(Locale.ROOT);
      String id =
          row[12] != null
              ? (String) row[12]
              : fantoir == null
                  ? (String) row[5]
                  : streetId + "_" + pad(number) + (ordinal.isEmpty() ? "" : "_" + ordinal);
      numbers.add(
          new HousenumberEntry(
              number + ordinal,
              id,
              (String) row[5],
              ((Number) row[9]).doubleValue(),
              ((Number) row[10]).doubleValue(),
              Double.NaN,
              Double.NaN));
      if (row[8] != null) {
        postcodes.merge((String) row[8], 1, Integer::sum);
      }
    }
    if (numbers.isEmpty()) {
      return DocumentChange.delete(streetId);
    }
    return DocumentChange.upsert(
        StreetDocuments.street(
            streetId,
            (String) first[0],
            insee,
            (String) first[4],
            null,
            null,
            numbers,
            postcodes,
            population.applyAsLong(insee)));
  }

  /** Numbers are five digits in the clé d'interopérabilité ({@code 8} → {@code 00008}). */
  private static String pad(String number) {
    return number.matches("\\d{1,5}") ? "0".repeat(5 - number.length()) + number : number;
  }
}
