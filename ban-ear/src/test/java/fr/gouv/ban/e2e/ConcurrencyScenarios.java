package fr.gouv.ban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Concurrent writers of one resource never lose an update: every accepted write has its own
 * version, versions form a gapless chain, and each has exactly one diff.
 */
abstract class ConcurrencyScenarios extends Scenario {

  @Test
  void concurrentWritersOfOneResourceTakeTurns() throws Exception {
    String m = fixtures.municipality();
    int writers = 8;
    int attempts = 15;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<Integer>> results = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int writer = w;
      results.add(
          pool.submit(
              () -> {
                int accepted = 0;
                for (int i = 0; i < attempts; i++) {
                  int current = http.get("municipality/" + m).json().getInt("version");
                  var r =
                      http.patch(
                          "municipality/" + m,
                          "{\"version\":"
                              + (current + 1)
                              + ",\"name\":\"w"
                              + writer
                              + "-"
                              + i
                              + "\"}");
                  assertThat(r.status()).as(r.toString()).isIn(200, 409);
                  if (r.status() == 200) {
                    accepted++;
                  }
                }
                return accepted;
              }));
    }
    int accepted = 0;
    for (Future<Integer> f : results) {
      accepted += f.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();
    int version = http.get("municipality/" + m).json().getInt("version");
    assertThat(accepted).isPositive();
    assertThat(version).isEqualTo(1 + accepted);
    String pk = "(select pk from municipality where id = '" + m + "')";
    assertThat(Database.count("select count(*) from resource_version where resource_pk = " + pk))
        .isEqualTo(version);
    assertThat(
            Database.count(
                "select count(distinct sequential) from resource_version where resource_pk = "
                    + pk
                    + " and sequential between 1 and "
                    + version))
        .isEqualTo(version);
    assertThat(Database.count("select count(*) from diff where resource_id = '" + m + "'"))
        .isEqualTo(version);
  }
}
