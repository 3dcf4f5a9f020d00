package fr.gouv.ban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fair-use limit at its defaults (50 requests/s per IP, burst 100): the tests all come from
 * 127.0.0.1, so one scenario drains that address's bucket, checks what must and must not be
 * limited, and waits for the recovery before the next scenarios.
 */
abstract class RateLimitScenarios extends Scenario {

  @Test
  void answers429UnderABurstExceptForExemptClientsAndRecoversAfterRetryAfter()
      throws InterruptedException {
    Http anonymous = Server.anonymous();
    Cli.Credentials plain = Cli.createClient("Not exempt", "--contributor-type", "osm");
    Http ordinary = http.as(Server.token(plain, Map.of("ip", "192.0.2.5")));

    Http.Reply limited = null;
    int sent = 0;
    while (limited == null && sent < 2000) {
      Http.Reply r = anonymous.get("search?q=rue+de+la+paix");
      sent++;
      if (r.status() == 429) {
        limited = r;
      } else {
        assertThat(r.status()).isEqualTo(200);
      }
    }
    assertThat(limited).as("no 429 after %d requests", sent).isNotNull();
    assertThat(sent).isGreaterThan(100); // the burst passes
    assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
    assertThat(limited.string("code")).isEqualTo("RATE_LIMITED");
    assertThat(limited.string("detail")).contains("50 requests per second");
    int retryAfter = Integer.parseInt(limited.header("Retry-After"));
    assertThat(retryAfter).isBetween(1, 5);

    // while drained, the limit holds: at most 50 requests/s pass (plus what refilled), whoever
    // asks: anonymous callers, a valid token of a client that is not exempt, or a forged
    // X-Forwarded-For from a peer that is not a trusted proxy
    assertLimited(() -> anonymous.get("municipality/insee:00000"));
    assertLimited(() -> ordinary.get("municipality/insee:00000"));
    assertLimited(
        () ->
            anonymous.send(
                "GET", "search?q=paris", null, Map.of("X-Forwarded-For", "203.0.113.9")));

    // an exempt client's token lifts the limit on every API, public ones included
    for (int i = 0; i < 150; i++) {
      assertThat(http.get("search?q=rue+de+la+paix").status()).isEqualTo(200);
    }
    assertThat(http.get("municipality").status()).isEqualTo(200);

    Thread.sleep(retryAfter * 1000L + 100);
    assertThat(anonymous.get("search?q=rue+de+la+paix").status()).isEqualTo(200);

    // an administrator exempts the other client: within the token cache's second, its 150
    // requests all pass, more than the bucket could hold
    Cli.ok("client", "exempt", plain.clientId());
    Thread.sleep(1200);
    for (int i = 0; i < 150; i++) {
      assertThat(ordinary.get("search?q=rue+de+la+paix").status()).isEqualTo(200);
    }
    Thread.sleep(2000); // leave a full bucket to the scenarios that follow
  }

  /**
   * Sends 100 requests from 4 threads at once and checks the limiter's invariant: some are refused,
   * and no more pass than the bucket refills in the time taken (50/s, a little slack for timing).
   */
  private static void assertLimited(java.util.function.Supplier<Http.Reply> request)
      throws InterruptedException {
    java.util.concurrent.atomic.AtomicInteger passed =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger refused =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    long start = System.nanoTime();
    for (int t = 0; t < 4; t++) {
      pool.submit(
          () -> {
            for (int i = 0; i < 25; i++) {
              int status = request.get().status();
              (status == 429 ? refused : passed).incrementAndGet();
            }
          });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(passed.get() + refused.get()).isEqualTo(100);
    assertThat(refused.get()).as("refused while drained").isPositive();
    assertThat((double) passed.get())
        .as("passed in %.2f s", seconds)
        .isLessThanOrEqualTo(50 * seconds + 10);
  }
}
