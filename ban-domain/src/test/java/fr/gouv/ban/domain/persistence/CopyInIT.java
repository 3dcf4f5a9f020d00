package fr.gouv.ban.domain.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * COPY as the import chunks use it, against the real PostgreSQL of make test: rows sent while the
 * next ones are encoded all arrive, in order and intact; a failed encoding cancels the COPY and
 * leaves the connection usable once its transaction is rolled back.
 */
class CopyInIT {
  private Connection connection;

  @BeforeEach
  void open() throws SQLException {
    connection = SchemaDatabase.migrated().getConnection();
    connection.setAutoCommit(false);
    try (Statement st = connection.createStatement()) {
      st.execute("create temporary table copy_it (n int primary key, text text, json jsonb)");
    }
    connection.commit(); // the table outlives the rolled back transactions (until close)
  }

  @AfterEach
  void close() throws SQLException {
    connection.rollback();
    connection.close();
  }

  @Test
  void rows_sent_in_several_parts_all_arrive_intact() throws SQLException {
    String text = "a,b \"quoted\"\nline é ".repeat(10); // ~200 chars: 20,000 rows are ~5 MB
    try (CopyIn copy = new CopyIn(connection, "copy_it", List.of("n", "text", "json"))) {
      for (int n = 0; n < 20_000; n++) {
        copy.add(n, n % 1000 == 0 ? "" : text + n, n % 7 == 0 ? null : "{\"n\": " + n + "}");
      }
      assertThat(copy.end()).isEqualTo(20_000);
    }

    assertThat(single("select count(*) from copy_it")).isEqualTo("20000");
    assertThat(single("select text from copy_it where n = 19999")).isEqualTo(text + 19999);
    assertThat(single("select text = '' from copy_it where n = 3000")).isEqualTo("t");
    assertThat(single("select json is null from copy_it where n = 14")).isEqualTo("t");
    assertThat(single("select json->>'n' from copy_it where n = 15")).isEqualTo("15");
    assertThat(single("select sum(n) from copy_it"))
        .isEqualTo(String.valueOf(19_999L * 20_000 / 2));
  }

  @Test
  void a_failed_encoding_cancels_the_copy() throws SQLException {
    try (CopyIn copy = new CopyIn(connection, "copy_it", List.of("n", "text", "json"))) {
      for (int n = 0; n < 5_000; n++) {
        copy.add(n, "row " + n, null); // some of them already sent
      }
      assertThatThrownBy(() -> copy.add(1, "too few values"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("copy_it: 2 values for 3 columns");
    }
    connection.rollback();

    assertThat(single("select count(*) from copy_it")).isEqualTo("0");
  }

  private String single(String sql) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
