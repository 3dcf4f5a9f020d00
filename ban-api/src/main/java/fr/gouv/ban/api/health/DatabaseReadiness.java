package fr.gouv.ban.api.health;

import fr.gouv.ban.api.config.DatabaseStartup;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and its schema is migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  @Resource(lookup = "java:app/jdbc/ban")
  private DataSource dataSource;

  @Inject private DatabaseStartup startup;

  @Override
  public HealthCheckResponse call() {
    var r = HealthCheckResponse.named("database");
    String failure = startup.failure();
    if (failure != null) {
      return r.down().withData("schema", failure).build();
    }
    try (Connection c = dataSource.getConnection()) {
      return r.status(c.isValid(2)).build();
    } catch (SQLException e) {
      return r.down().withData("error", String.valueOf(e.getMessage())).build();
    }
  }
}
