package fr.gouv.ban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Many writers at once: the diff feed never skips or repeats a committed change (decision 6), and
 * stale or fresh concurrent updates never lose an accepted change (§2.1).
 */
abstract class ChangeConcurrencyScenarios extends Scenario {

  @Test
  void aPollerSeesEveryCommittedChangeExactlyOnceWhileManyWrite() throws Exception {
    String group = fixtures.group();
    long start = Database.count("select coalesce(max(increment), 0) from diff");
    AtomicBoolean writing = new AtomicBoolean(true);
    List<Long> seen = new ArrayList<>();
    // more writers than the server's 32 database connections: committing must never need a second
    ExecutorService pool = Executors.newFixedThreadPool(41);
    Future<?> poller =
        pool.submit(
            () -> {
              long cursor = start;
              boolean last = false;
              while (true) {
                boolean done = !writing.get();
                var page = http.get("diff?limit=1000&increment=" + cursor).json();
                for (var d : page.getJsonArray("collection")) {
                  long inc = d.asJsonObject().getJsonNumber("increment").longValue();
                  assertThat(inc).isGreaterThan(cursor);
                  seen.add(inc);
                  cursor = inc;
                }
                if (last) {
                  return null;
                }
                last = done; // one more full poll after the writers stopped
              }
            });
    List<Future<?>> writers = new ArrayList<>();
    for (int w = 0; w < 40; w++) {
      int writer = w;
      writers.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 8; i++) {
                  String h = fixtures.housenumber(group, writer * 1000 + i + "", null);
                  var r = http.patch("housenumber/" + h, "{\"version\":2,\"ordinal\":\"b\"}");
                  assertThat(r.status()).as(r.toString()).isEqualTo(200);
                }
                return null;
              }));
    }
    for (Future<?> f : writers) {
      f.get(180, TimeUnit.SECONDS);
    }
    writing.set(false);
    poller.get(60, TimeUnit.SECONDS);
    pool.shutdown();
    List<Long> committed = new ArrayList<>();
    try (var c = java.sql.DriverManager.getConnection(Database.url(), "postgres", "");
        var st = c.createStatement();
        var rs =
            st.executeQuery(
                "select increment from diff where increment > " + start + " order by 1")) {
      while (rs.next()) {
        committed.add(rs.getLong(1));
      }
    }
    assertThat(committed).hasSize(40 * 8 * 2);
    assertThat(seen).containsExactlyElementsOf(committed);
  }

  @Test
  void sixteenWritersWithStaleAndFreshVersionsNeverLoseAnAcceptedChange() throws Exception {
    String group = fixtures.group();
    List<String> housenumbers = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      housenumbers.add(fixtures.housenumber(group, String.valueOf(i), null));
    }
    /** Accepted writes: "id/version" -> the value written. */
    Map<String, String> accepted = new ConcurrentHashMap<>();
    Map<String, Integer> lastSeen = new ConcurrentHashMap<>();
    housenumbers.forEach(h -> lastSeen.put(h, 1));
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<int[]>> writers = new ArrayList<>();
    for (int w = 0; w < 16; w++) {
      int writer = w;
      writers.add(
          pool.submit(
              () -> {
                int[] statuses = new int[3]; // 200, 409, other
                ThreadLocalRandom random = ThreadLocalRandom.current();
                int n = 0;
                while (System.nanoTime() < until) {
                  String h = housenumbers.get(random.nextInt(housenumbers.size()));
                  int version =
                      random.nextBoolean()
                          ? http.get("housenumber/" + h).json().getInt("version") // fresh
                          : lastSeen.get(h); // possibly stale
                  boolean ordinal = random.nextBoolean();
                  String value = "w" + writer + "n" + n++;
                  String change =
                      ordinal
                          ? "\"ordinal\":\"" + value + "\""
                          : "\"attributes\":{\"note\":\"" + value + "\"}";
                  var r =
                      http.patch(
                          "housenumber/" + h, "{\"version\":" + (version + 1) + "," + change + "}");
                  if (r.status() == 200) {
                    int stored = r.json().getInt("version");
                    String previous =
                        accepted.put(h + "/" + stored, (ordinal ? "ordinal=" : "note=") + value);
                    assertThat(previous).as("two accepted writes made version %d", stored).isNull();
                    lastSeen.merge(h, stored, Math::max);
                    statuses[0]++;
                  } else if (r.status() == 409) {
                    statuses[1]++;
                  } else {
                    statuses[2]++;
                    assertThat(r.status()).as(r.toString()).isIn(200, 409);
                  }
                }
                return statuses;
              }));
    }
    int ok = 0;
    int conflicts = 0;
    for (Future<int[]> f : writers) {
      int[] s = f.get(120, TimeUnit.SECONDS);
      ok += s[0];
      conflicts += s[1];
    }
    pool.shutdown();
    assertThat(ok).isGreaterThan(100);
    assertThat(conflicts).as("stale versions that could not merge").isPositive();
    int versions = 0;
    for (String h : housenumbers) {
      JsonObject current = http.get("housenumber/" + h).json();
      int version = current.getInt("version");
      versions += version - 1;
      var history = http.get("housenumber/" + h + "/versions?limit=1000").json();
      var items = history.getJsonArray("collection");
      assertThat(items).hasSize(version);
      Set<Integer> numbers = new HashSet<>();
      for (int i = 0; i < items.size(); i++) {
        JsonObject data = items.getJsonObject(i).getJsonObject("data");
        numbers.add(data.getInt("version"));
        String written = accepted.get(h + "/" + data.getInt("version"));
        if (written != null) {
          // the accepted change is in the version it created
          String[] kv = written.split("=", 2);
          String stored =
              kv[0].equals("ordinal")
                  ? data.getString("ordinal")
                  : data.getJsonObject("attributes").getString("note");
          assertThat(stored).isEqualToIgnoringCase(kv[1]);
        }
      }
      assertThat(numbers).hasSize(version); // 1..version, no gap, no duplicate
      assertThat(Database.count("select count(*) from diff where resource_id = '" + h + "'"))
          .isEqualTo(version);
    }
    assertThat(versions).as("every version after the first is an accepted write").isEqualTo(ok);
    assertThat(accepted).hasSize(ok);
  }
}
