package fr.gouv.ban.domain.geocoding;

import fr.gouv.ban.geocoder.DocumentChange;
import fr.gouv.ban.geocoder.HousenumberEntry;
import fr.gouv.ban.geocoder.load.MunicipalityDocuments;
import fr.gouv.ban.geocoder.load.StreetDocuments;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The one query and row-to-document mapping that turn management groups into street documents, in
 * the shape the BAN CSV gives them, whoever reads them (the live feed through JPA, {@code bin/ban
 * index build --from db} through plain JDBC): id {@code <insee>_<voie>} (the FANTOIR's last four
 * characters), housenumbers keyed by their clé d'interopérabilité ({@code 75102_6998_00008}, {@code
 * _bis} for a suffix); a BAN import's own ids win. A group without FANTOIR uses its BAN ids. A
 * housenumber is placed at its entrance position, else its first one; one without a position cannot
 * be placed and is left out, and a street with no placed number is a deletion. Plain Java.
 */
public final class StreetRows {

  /** Columns, one row per housenumber (or one with null housenumber columns). */
  private static final String SELECT =
      "select g.name, g.fantoir, g.deleted_at is not null, m.insee, m.name, h.id,"
          + " h.number, h.ordinal, pc.code, ST_X(p.center), ST_Y(p.center),"
          + " g.ign, h.ign, g.id"
          + " from address_group g join municipality m on m.pk = g.municipality_pk"
          + " left join housenumber h on h.parent_pk = g.pk and h.deleted_at is null"
          + " left join postcode pc on pc.pk = h.postcode_pk and pc.deleted_at is null"
          + " left join lateral (select q.center from position q"
          + " where q.housenumber_pk = h.pk and q.deleted_at is null"
          + " and q.center is not null order by (q.kind = 'entrance') desc, q.pk"
          + " limit 1) p on true";

  /**
   * The rows of some groups, grouped by group: parameter 1 their ids as an array literal ({@code
   * {id1,id2}}, JPA positional parameter).
   */
  public static final String SOME_GROUPS =
      SELECT + " where g.id = any(cast(?1 as text[])) order by g.pk, h.pk";

  /** The rows of every live group, grouped by group (no parameter). */
  public static final String ALL_GROUPS =
      SELECT + " where g.deleted_at is null order by g.pk, h.pk";

  /** Index of the group's BAN id in a row. */
  public static final int GROUP_ID = 13;

  private static final int INSEE = 3;
  private static final int CITY = 4;
  private static final int HOUSENUMBER = 5;
  private static final int POSTCODE = 8;
  private static final int LON = 9;
  private static final int LAT = 10;

  private StreetRows() {}

  /**
   * The document of one group from its rows: an upsert when it has placed numbers, else a delete
   * (deleted, unknown, or nothing to place).
   *
   * @param population the population weighing a commune's streets (see {@code CommuneDirectory})
   */
  public static DocumentChange street(
      String groupId, List<Object[]> rows, ToLongFunction<String> population) {
    if (rows.isEmpty()) {
      return DocumentChange.delete(groupId);
    }
    Object[] first = rows.get(0);
    String fantoir = (String) first[1];
    String insee = (String) first[INSEE];
    String streetId = streetId(groupId, first);
    if (Boolean.TRUE.equals(first[2])) {
      return DocumentChange.delete(streetId);
    }
    List<HousenumberEntry> numbers = new ArrayList<>();
    Map<String, Integer> postcodes = new LinkedHashMap<>();
    for (Object[] row : rows) {
      if (!placed(row)) {
        continue;
      }
      String number = (String) row[6];
      String ordinal = row[7] == null ? "" : ((String) row[7]).toLowerCase(Locale.ROOT);
      String id =
          row[12] != null
              ? (String) row[12]
              : fantoir == null
                  ? (String) row[HOUSENUMBER]
                  : streetId + "_" + pad(number) + (ordinal.isEmpty() ? "" : "_" + ordinal);
      numbers.add(
          new HousenumberEntry(
              number + ordinal,
              id,
              (String) row[HOUSENUMBER],
              ((Number) row[LON]).doubleValue(),
              ((Number) row[LAT]).doubleValue(),
              Double.NaN,
              Double.NaN));
      if (row[POSTCODE] != null) {
        postcodes.merge((String) row[POSTCODE], 1, Integer::sum);
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
            (String) first[CITY],
            null,
            null,
            numbers,
            postcodes,
            population.applyAsLong(insee)));
  }

  /**
   * The street document id of a group: the BAN's own id when the street came from a BAN import,
   * else derived from FANTOIR and the commune code, else the group's id.
   */
  static String streetId(String groupId, Object[] row) {
    String banStreet = (String) row[11];
    String fantoir = (String) row[1];
    return banStreet != null
        ? banStreet
        : fantoir == null ? groupId : row[INSEE] + "_" + fantoir.substring(5);
  }

  /** Whether a row is a housenumber with a position. */
  public static boolean placed(Object[] row) {
    return row[HOUSENUMBER] != null && row[LON] != null;
  }

  /** Counts a placed row's address in its municipality's document. */
  public static void addTo(MunicipalityDocuments m, Object[] row) {
    m.add(
        (String) row[INSEE],
        (String) row[CITY],
        (String) row[POSTCODE],
        ((Number) row[LON]).doubleValue(),
        ((Number) row[LAT]).doubleValue());
  }

  /** Numbers are five digits in the clé d'interopérabilité ({@code 8} → {@code 00008}). */
  private static String pad(String number) {
    return number.matches("\\d{1,5}") ? "0".repeat(5 - number.length()) + number : number;
  }
}
