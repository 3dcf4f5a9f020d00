package fr.gouv.ban.api.security;

import fr.gouv.ban.domain.auth.TokenService;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Wires the domain's token service to the application's datasource and configuration. */
@ApplicationScoped
public class AuthServices {
  @Resource(lookup = "java:app/jdbc/ban")
  private DataSource dataSource;

  /** Lifetime of issued tokens, in seconds (fixed: using a token does not extend it). */
  @Inject
  @ConfigProperty(name = "ban.auth.token-ttl", defaultValue = "3600")
  long tokenTtlSeconds;

  @Produces
  @Singleton
  TokenService tokenService() {
    return new TokenService(dataSource, Duration.ofSeconds(tokenTtlSeconds), Clock.systemUTC());
  }
}
