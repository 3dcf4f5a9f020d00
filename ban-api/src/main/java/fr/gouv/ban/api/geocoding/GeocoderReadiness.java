package fr.gouv.ban.api.geocoding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the geocoder index is loaded. */
@Readiness
@ApplicationScoped
public class GeocoderReadiness implements HealthCheck {
  @Inject private GeocoderIndex index;

  @Override
  public HealthCheckResponse call() {
    String reason = index.notReadyReason();
    var r = HealthCheckResponse.named("geocoder");
    if (index.disabled()) {
      return r.up().withData("state", reason).build();
    }
    return reason == null ? r.up().build() : r.down().withData("state", reason).build();
  }
}
