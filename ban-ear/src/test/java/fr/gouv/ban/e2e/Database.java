package fr.gouv.ban.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** Direct reads of the test database, to assert that a refused request changed nothing. */
final class Database {
  private static final String[] TABLES = {
    "municipality", "postcode", "address_group", "housenumber", "position"
  };

  private Database() {}

  /** Row counts and version sums of every resource table, versions and diffs. */
  static Map<String, Long> snapshot() {
    Map<String, Long> out = new LinkedHashMap<>();
    try (Connection c = connect();
        Statement st = c.createStatement()) {
      for (String t : TABLES) {
        try (ResultSet rs =
            st.executeQuery(
                "select count(*), coalesce(sum(version), 0), count(deleted_at) from " + t)) {
          rs.next();
          out.put(t + ".rows", rs.getLong(1));
          out.put(t + ".versions", rs.getLong(2));
          out.put(t + ".deleted", rs.getLong(3));
        }
      }
      for (String t : new String[] {"resource_version", "diff", "redirect"}) {
        try (ResultSet rs = st.executeQuery("select count(*) from " + t)) {
          rs.next();
          out.put(t, rs.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  static long count(String sql) {
    try (Connection c = connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Forgets the statement statistics (pg_stat_statements) gathered so far. */
  static void resetStatementCount() {
    count("select count(*) from (select pg_stat_statements_reset()) r");
  }

  /**
   * Statements the application ran since {@link #resetStatementCount()}: the test connects as the
   * superuser, the application as {@code ban}, so only the application's are counted.
   */
  static long statementCount() {
    return count(
        "select coalesce(sum(calls), 0) from pg_stat_statements s join pg_roles r on r.oid ="
            + " s.userid where r.rolname = 'ban'");
  }

  static String url() {
    return System.getProperty("ban.test.db.url", "jdbc:postgresql://127.0.0.1:55433/ban_test");
  }

  /** Runs an update statement; returns the number of rows changed. */
  static int update(String sql, Object... parameters) {
    try (Connection c = connect();
        java.sql.PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        st.setObject(i + 1, parameters[i]);
      }
      return st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), "postgres", "");
  }
}
