package fr.gouv.ban.domain.persistence;

import java.lang.System.Logger.Level;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Applies the schema migrations shipped under {@code db/migration} (module {@code sql}). Called
 * once at application start, before the persistence unit is used, so that every deployment (make
 * run, tests, an EAR on Payara Server) brings its database up to date.
 */
public final class DatabaseMigrator {
  private static final System.Logger LOG = System.getLogger(DatabaseMigrator.class.getName());

  private DatabaseMigrator() {}

  /** Migrates and returns the number of migrations applied by this call. */
  public static int migrate(DataSource dataSource, ClassLoader loader) {
    Flyway flyway =
        Flyway.configure(loader)
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .table("schema_history")
            .load();
    int applied = flyway.migrate().migrationsExecuted;
    LOG.log(Level.INFO, "Database schema up to date ({0} migrations applied now)", applied);
    return applied;
  }
}
