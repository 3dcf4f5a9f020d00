package fr.gouv.ban.api.config;

import fr.gouv.ban.domain.persistence.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import javax.sql.DataSource;

/**
 * Brings the database schema up to date when the application starts, before any request is served,
 * then announces {@link SchemaReady}. A failure (database down, wrong credentials) does not abort
 * the deployment: readiness stays DOWN and says why.
 */
@ApplicationScoped
public class DatabaseStartup {
  private static final System.Logger LOG = System.getLogger(DatabaseStartup.class.getName());

  @Resource(lookup = "java:app/jdbc/ban")
  private DataSource dataSource;

  @Inject private Event<SchemaReady> schemaReady;

  private volatile String failure = "not migrated yet";

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    try {
      DatabaseMigrator.migrate(dataSource, getClass().getClassLoader());
      failure = null;
      schemaReady.fire(new SchemaReady());
    } catch (RuntimeException e) {
      failure = e.getMessage();
      LOG.log(Level.ERROR, "BAN-9007 database migration failed: " + e.getMessage(), e);
    }
  }

  /** Why the schema is not ready, or null when it is. */
  public String failure() {
    return failure;
  }

  /** Fired once the schema is up to date. */
  public record SchemaReady() {}
}
