package fr.gouv.ban.api.bench;

import fr.gouv.ban.api.security.PublicRoute;
import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A trivial JAX-RS endpoint answering a constant JSON of about 300 bytes: the baseline that HTTP
 * benchmarks divide by, so that results on noisy machines compare as ratios.
 */
@PublicRoute
@Path("/_bench/constant")
@ApplicationScoped
public class BaselineEndpoint {
  private static final String BODY =
      "{\"id\":\"ban-housenumber-00000000000000000000000000000000\",\"number\":\"8\","
          + "\"ordinal\":null,\"parent\":\"ban-group-00000000000000000000000000000000\","
          + "\"postcode\":\"ban-postcode-00000000000000000000000000000000\",\"cia\":"
          + "\"75102_6998_8_\",\"laposte\":null,\"ign\":null,\"attributes\":null,\"version\":1,"
          + "\"resource\":\"housenumber\",\"status\":\"active\"}";

  @Inject
  @ConfigProperty(name = "ban.bench.baseline-endpoint", defaultValue = "false")
  boolean enabled;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public String constant() {
    if (!enabled) {
      throw new BanException(ErrorCode.PATH_NOT_FOUND, "Path not found");
    }
    return BODY;
  }
}
