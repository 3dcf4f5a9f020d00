package fr.gouv.ban.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.gouv.ban.domain.auth.TokenCheck;
import fr.gouv.ban.domain.auth.TokenService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Token checks without a database query per request: outcomes (valid or not) are kept for {@code
 * ban.auth.token-cache-seconds} (default 5), which bounds how long a revocation or a disabled
 * client takes to apply. A cached grant is never used past its token's expiry.
 */
@ApplicationScoped
public class TokenCache {
  /** Longer values cannot be tokens we issued (43 characters): refused without a query. */
  private static final int MAX_TOKEN_LENGTH = 128;

  @Inject private TokenService tokens;

  @Inject
  @ConfigProperty(name = "ban.auth.token-cache-seconds", defaultValue = "5")
  int cacheSeconds;

  private final Clock clock = Clock.systemUTC();
  private Cache<String, TokenCheck> checks;

  @PostConstruct
  void init() {
    checks =
        Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(cacheSeconds))
            .maximumSize(200_000)
            .build();
  }

  public TokenCheck check(String token) {
    if (token.length() > MAX_TOKEN_LENGTH) {
      return new TokenCheck.Invalid("unknown access token: get one at POST /token");
    }
    TokenCheck check = checks.get(token, tokens::check);
    if (!check.currentAt(clock.instant())) {
      checks.invalidate(token);
      return tokens.check(token);
    }
    return check;
  }
}
