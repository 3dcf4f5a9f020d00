package fr.gouv.ban.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.ban.domain.model.AddressGroup;
import fr.gouv.ban.domain.model.GeoPoint;
import fr.gouv.ban.domain.model.Housenumber;
import fr.gouv.ban.domain.model.Position;
import fr.gouv.ban.domain.model.VersionedResource;
import fr.gouv.ban.domain.persistence.SchemaDatabase;
import fr.gouv.ban.domain.versioning.DiffEntity;
import fr.gouv.ban.domain.versioning.VersionEntity;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The rows an import chunk writes with COPY, against a real PostgreSQL/PostGIS (the test cluster of
 * make test): every column reads back as JPA would have written it, text that CSV must quote
 * included; and the rows that managed entities reference are handed to the persistence context.
 * Each test runs in a transaction rolled back at its end.
 */
class BulkRowsIT {
  private static final OffsetDateTime AT =
      OffsetDateTime.of(2026, 12, 2, 14, 0, 0, 0, ZoneOffset.UTC);
  private static PGSimpleDataSource dataSource;
  private Connection connection;

  @BeforeAll
  static void migrate() {
    dataSource = SchemaDatabase.migrated();
  }

  @BeforeEach
  void open() throws SQLException {
    connection = dataSource.getConnection();
    connection.setAutoCommit(false);
    sql(
        "insert into contributor_session (pk, contributor_type) values (77001, 'ign')",
        "insert into municipality (pk, id, version, created_at, modified_at, created_by,"
            + " modified_by, name, insee) values (77010, 'ban-municipality-77010', 1, now(),"
            + " now(), 77001, 77001, 'M', '97701')",
        "insert into address_group (pk, id, version, created_at, modified_at, created_by,"
            + " modified_by, name, kind, municipality_pk) values (77011, 'ban-group-77011', 1,"
            + " now(), now(), 77001, 77001, 'Rue A', 'way', 77010), (77012, 'ban-group-77012', 1,"
            + " now(), now(), 77001, 77001, 'Lieu-dit B', 'area', 77010)");
  }

  @AfterEach
  void close() throws SQLException {
    connection.rollback();
    connection.close();
  }

  @Test
  void everyColumnReadsBackAsWritten() throws SQLException {
    AddressGroup street = group(77011);
    AddressGroup place = group(77012);
    Housenumber h = stamped(new Housenumber(), 77020, "ban-housenumber-77020");
    h.setNumber("8");
    h.setOrdinal("bis");
    h.setParent(street);
    h.setAncestors(List.of(place));
    h.setIgn("97701_0001_00008_bis");
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("source", "commune, \"mairie\"\nligne 2");
    attributes.put("vide", "");
    h.setAttributes(attributes);
    Position p = stamped(new Position(), 77021, "ban-position-77021");
    p.setHousenumber(h);
    p.setCenter(new GeoPoint(2.3312, 48.8687));
    p.setKind("entrance");
    p.setPositioning("gps");
    p.setName("");
    p.setComment("portail \\ côté cour, \"B\"");
    p.setSourceKind("ign");
    p.setDeletedAt(AT.plusNanos(123_456_000));
    VersionEntity v =
        new VersionEntity("housenumber", 77020, 1, "{\"a\":\"x,\\\"y\\\"\"}", AT, 77001);
    v.setPk(77030L);
    DiffEntity d =
        new DiffEntity(
            "housenumber", h.getId(), "97701", AT, 77001, null, "{\"a\":1}", "{\"a\":[null,1]}");
    d.setPk(77040L);
    d.setIncrement(77050L);

    BulkRows rows = new BulkRows();
    rows.add(h);
    rows.add(p);
    rows.add(v, d);
    rows.copyTo(connection);

    assertThat(rows.isEmpty()).isTrue();
    assertThat(
            row(
                "select number, ordinal, parent_pk, postcode_pk, ign, cia, attributes::text,"
                    + " created_at = '2026-12-02 14:00:00+00', number_value from housenumber where pk = 77020"))
        .containsExactly(
            "8",
            "bis",
            "77011",
            null,
            "97701_0001_00008_bis",
            null,
            "{\"vide\": \"\", \"source\": \"commune, \\\"mairie\\\"\\nligne 2\"}",
            "t",
            "8");
    assertThat(
            row(
                "select string_agg(group_pk::text, ',') from housenumber_ancestor where housenumber_pk = 77020"))
        .containsExactly("77012");
    assertThat(
            row(
                "select st_astext(center), st_srid(center), name, comment, kind, positioning,"
                    + " housenumber_pk, parent_pk, source_kind, deleted_at = '2026-12-02 14:00:00.123456+00'"
                    + " from position where pk = 77021"))
        .containsExactly(
            "POINT(2.3312 48.8687)",
            "4326",
            "",
            "portail \\ côté cour, \"B\"",
            "entrance",
            "gps",
            "77020",
            null,
            "ign",
            "t");
    assertThat(
            row(
                "select resource, resource_pk, sequential, data->>'a', created_by from resource_version where pk = 77030"))
        .containsExactly("housenumber", "77020", "1", "x,\"y\"", "77001");
    assertThat(
            row(
                "select increment, resource_id, insee, old, new::text, diff::text from diff where pk = 77040"))
        .containsExactly(
            "77050", "ban-housenumber-77020", "97701", null, "{\"a\": 1}", "{\"a\": [null, 1]}");
  }

  @Test
  void rowsThatManagedEntitiesReferenceGoToThePersistenceContext() {
    Housenumber created = stamped(new Housenumber(), 1, "ban-housenumber-1");
    Position createdParent = stamped(new Position(), 2, "ban-position-2");
    createdParent.setHousenumber(created);
    Position untouched = stamped(new Position(), 3, "ban-position-3");
    untouched.setHousenumber(created);
    Position updated = stamped(new Position(), 4, "ban-position-4");
    updated.setHousenumber(created);
    updated.setParent(createdParent);
    BulkRows rows = new BulkRows();
    rows.add(created);
    rows.add(createdParent);
    rows.add(untouched);
    List<Object> persisted = new ArrayList<>();

    rows.handOver(List.<VersionedResource>of(updated), recording(persisted));

    assertThat(persisted).containsExactly(created, createdParent);
    rows.handOver(List.<VersionedResource>of(updated), recording(persisted));
    assertThat(persisted).as("handed over once").hasSize(2);
    assertThat(rows.isEmpty()).as("the untouched position stays a COPY row").isFalse();
  }

  /** An EntityManager that only records what it is asked to persist. */
  private static EntityManager recording(List<Object> persisted) {
    return (EntityManager)
        Proxy.newProxyInstance(
            EntityManager.class.getClassLoader(),
            new Class<?>[] {EntityManager.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("persist")) {
                throw new AssertionError(
                    "handOver may only persist; it called " + method.getName());
              }
              persisted.add(args[0]);
              return null;
            });
  }

  private static AddressGroup group(long pk) {
    AddressGroup g = new AddressGroup();
    g.setPk(pk);
    return g;
  }

  private static <T extends VersionedResource> T stamped(T r, long pk, String id) {
    r.setPk(pk);
    r.setId(id);
    r.setVersion(1);
    r.setCreatedAt(AT);
    r.setModifiedAt(AT);
    r.setCreatedBy(77001);
    r.setModifiedBy(77001);
    return r;
  }

  private void sql(String... statements) throws SQLException {
    try (Statement st = connection.createStatement()) {
      for (String s : statements) {
        st.execute(s);
      }
    }
  }

  private List<String> row(String query) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery(query)) {
      assertThat(rs.next()).as(query).isTrue();
      List<String> out = new ArrayList<>();
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        out.add(rs.getString(i));
      }
      return out;
    }
  }
}
