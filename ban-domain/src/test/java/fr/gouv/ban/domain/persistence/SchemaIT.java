package fr.gouv.ban.domain.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The migrations against a real PostgreSQL/PostGIS (the test cluster of make test): they apply, and
 * the unique indexes enforce decision 3 and 15 by themselves, whatever Java does. Runs in its own
 * schema so that it never meets the end-to-end tests' rows.
 */
class SchemaIT {
  private static PGSimpleDataSource dataSource;

  @BeforeAll
  static void migrate() throws SQLException {
    dataSource = SchemaDatabase.migrated();
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement();
        java.sql.ResultSet rs =
            st.executeQuery(
                "select count(*) from schema_history where success and version is not null")) {
      rs.next();
      assertThat(rs.getInt(1)).as("migrations applied").isGreaterThanOrEqualTo(2);
    }
  }

  private static void sql(String... statements) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      for (String s : statements) {
        st.execute(s);
      }
    }
  }

  private static final String SESSION =
      "insert into contributor_session (pk, contributor_type) values (1, 'admin') on conflict do nothing";

  private static String row(String table, long pk, String columns, String values) {
    return "insert into "
        + table
        + " (pk, id, version, created_at, modified_at, created_by, modified_by"
        + columns
        + ") values ("
        + pk
        + ", 'ban-"
        + table
        + "-"
        + pk
        + "', 1, now(), now(), 1, 1"
        + values
        + ")";
  }

  @Test
  void housenumberKeyTreatsNullOrdinalAsAValueAndIgnoresCase() throws SQLException {
    sql(
        SESSION,
        row("municipality", 10, ", name, insee", ", 'M', '90001'"),
        row("address_group", 11, ", name, kind, municipality_pk", ", 'G', 'way', 10"),
        row("housenumber", 12, ", number, ordinal, parent_pk", ", '4', 'bis', 11"),
        row("housenumber", 13, ", number, ordinal, parent_pk", ", '4', null, 11"));
    assertThatThrownBy(
            () -> sql(row("housenumber", 14, ", number, ordinal, parent_pk", ", '4', 'BIS', 11")))
        .hasMessageContaining("housenumber_natural_key");
    assertThatThrownBy(
            () -> sql(row("housenumber", 15, ", number, ordinal, parent_pk", ", '4', null, 11")))
        .hasMessageContaining("housenumber_natural_key");
  }

  @Test
  void deletedRowsDoNotBlockSecondaryIdentifiersButKeepNaturalKeys() throws SQLException {
    sql(
        SESSION,
        row(
            "municipality",
            20,
            ", name, insee, siren, deleted_at",
            ", 'Old', '90002', '123456789', now()"),
        row("municipality", 21, ", name, insee, siren", ", 'New', '90003', '123456789'"));
    assertThatThrownBy(() -> sql(row("municipality", 22, ", name, insee", ", 'Dup', '90002'")))
        .hasMessageContaining("municipality_insee_key");
  }

  @Test
  void sortsHousenumbersByTheirNumericPart() throws SQLException {
    sql(
        SESSION,
        row("municipality", 30, ", name, insee", ", 'M', '90004'"),
        row("address_group", 31, ", name, kind, municipality_pk", ", 'G', 'way', 30"),
        row("housenumber", 32, ", number, parent_pk", ", '10', 31"),
        row("housenumber", 33, ", number, parent_pk", ", '2', 31"));
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement();
        var rs =
            st.executeQuery(
                "select number from housenumber where parent_pk = 31 order by number_value")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("2");
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("10");
    }
  }
}
