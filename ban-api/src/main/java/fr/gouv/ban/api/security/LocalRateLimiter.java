package fr.gouv.ban.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/**
 * One Bucket4j token bucket per key in this JVM: {@code burst} requests at once, refilled at {@code
 * perSecond}. Idle buckets (full again after a minute at most) are dropped.
 */
public final class LocalRateLimiter implements RateLimiter {
  private final Bandwidth limit;
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(2)).maximumSize(500_000).build();

  public LocalRateLimiter(long perSecond, long burst) {
    this.limit =
        Bandwidth.builder()
            .capacity(Math.max(burst, 1))
            .refillGreedy(perSecond, Duration.ofSeconds(1))
            .build();
  }

  @Override
  public long tryAcquire(String key) {
    ConsumptionProbe probe =
        buckets
            .get(key, k -> Bucket.builder().addLimit(limit).build())
            .tryConsumeAndReturnRemaining(1);
    return probe.isConsumed() ? 0 : Math.max(probe.getNanosToWaitForRefill(), 1);
  }
}
