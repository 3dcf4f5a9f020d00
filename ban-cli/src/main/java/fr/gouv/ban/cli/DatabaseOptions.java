package fr.gouv.ban.cli;

import fr.gouv.ban.domain.persistence.DatabaseMigrator;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine.Option;

/** Where the database is; shared by every command that touches it. */
public class DatabaseOptions {
  @Option(
      names = "--db-url",
      defaultValue = "${env:BAN_DB_URL:-jdbc:postgresql://127.0.0.1:55432/ban}",
      description = "JDBC URL of the BAN database (env BAN_DB_URL; default: ${DEFAULT-VALUE}).")
  String url;

  @Option(
      names = "--db-user",
      defaultValue = "${env:BAN_DB_USER:-ban}",
      description = "Database user (env BAN_DB_USER; default: ${DEFAULT-VALUE}).")
  String user;

  @Option(
      names = "--db-password",
      defaultValue = "${env:BAN_DB_PASSWORD:-ban}",
      description = "Database password (env BAN_DB_PASSWORD).")
  String password;

  /** The database, with its schema brought up to date (as the server does at start). */
  DataSource open() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url);
    ds.setUser(user);
    ds.setPassword(password);
    try (Connection c = ds.getConnection()) {
      c.isValid(5);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot reach the database at "
              + url
              + " ("
              + e.getMessage()
              + "). Start it with 'make run' (or 'scripts/pg.sh up var/pg 55432 ban'), or set"
              + " BAN_DB_URL, BAN_DB_USER and BAN_DB_PASSWORD.");
    }
    DatabaseMigrator.migrate(ds, DatabaseOptions.class.getClassLoader());
    return ds;
  }
}
