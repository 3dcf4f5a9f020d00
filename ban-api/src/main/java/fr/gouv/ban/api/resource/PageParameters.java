package fr.gouv.ban.api.resource;

import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code limit} (capped) and {@code offset}; anything but a non-negative integer is a 400. */
@ApplicationScoped
public class PageParameters {
  @Inject
  @ConfigProperty(name = "ban.collection.default-limit", defaultValue = "20")
  int defaultLimit;

  @Inject
  @ConfigProperty(name = "ban.collection.max-limit", defaultValue = "1000")
  int maxLimit;

  public int limit(UriInfo uri) {
    Integer v = integer(uri, "limit");
    return v == null ? defaultLimit : Math.max(1, Math.min(v, maxLimit));
  }

  public int offset(UriInfo uri) {
    Integer v = integer(uri, "offset");
    return v == null ? 0 : v;
  }

  private static Integer integer(UriInfo uri, String name) {
    String v = uri.getQueryParameters().getFirst(name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    if (!v.matches("\\d{1,9}")) {
      throw new BanException(
          ErrorCode.INVALID_PARAMETER,
          "Invalid value for " + name + ": " + v + " (expected a non-negative integer)");
    }
    return Integer.parseInt(v);
  }
}
