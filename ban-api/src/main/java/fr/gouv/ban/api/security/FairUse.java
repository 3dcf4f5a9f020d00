package fr.gouv.ban.api.security;

import fr.gouv.ban.domain.auth.TokenGrant;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The fair-use policy: who is limited, by which key, at which rate. */
@ApplicationScoped
public class FairUse {
  /** Requests per second per client IP; 0 turns the limit off. */
  @Inject
  @ConfigProperty(name = "ban.ratelimit.per-ip", defaultValue = "50")
  long perSecond;

  /** Requests a client may send at once before the rate applies. */
  @Inject
  @ConfigProperty(name = "ban.ratelimit.burst", defaultValue = "100")
  long burst;

  @Inject
  @ConfigProperty(name = "ban.ratelimit.exempt-cidrs")
  Optional<String> exemptCidrs;

  @Inject
  @ConfigProperty(name = "ban.ratelimit.trusted-proxies")
  Optional<String> trustedProxies;

  private ClientAddress.Cidrs exempt;
  private ClientAddress addresses;
  private RateLimiter limiter;

  @PostConstruct
  void init() {
    exempt = ClientAddress.Cidrs.parse(exemptCidrs.orElse(""));
    addresses = new ClientAddress(ClientAddress.Cidrs.parse(trustedProxies.orElse("")));
    limiter = new LocalRateLimiter(perSecond, burst);
  }

  /** 0 if the request may go on, else the nanoseconds to wait. */
  long admit(HttpServletRequest request) {
    if (perSecond <= 0
        || AuthOutcome.grant(request).map(TokenGrant::rateLimitExempt).orElse(false)) {
      return 0;
    }
    String ip = addresses.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    if (exempt.contains(ip)) {
      return 0;
    }
    return limiter.tryAcquire(ip);
  }

  long perSecond() {
    return perSecond;
  }
}
