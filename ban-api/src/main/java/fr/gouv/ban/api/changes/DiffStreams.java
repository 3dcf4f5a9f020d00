package fr.gouv.ban.api.changes;

import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ErrorCode;
import fr.gouv.ban.domain.service.ChangeCommitted;
import fr.gouv.ban.domain.service.DiffFeed;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The subscribers of {@code /diff/stream}. Each has a thread that replays the feed from its
 * increment, then waits for new commits: a local commit wakes it at once ({@link ChangeCommitted}),
 * and it polls the database every second anyway, which also brings the commits of other nodes.
 * Reading the feed from the database keeps one rule for replay and live delivery: increments in
 * commit order, never a gap.
 */
@ApplicationScoped
public class DiffStreams {
  private static final System.Logger LOG = System.getLogger(DiffStreams.class.getName());
  private static final int PAGE = 500;
  private static final long POLL_MILLIS = 1000;

  @Inject private DiffFeed feed;

  @Resource private ManagedThreadFactory threads;

  @Inject
  @ConfigProperty(name = "ban.diff.stream.max-subscribers", defaultValue = "200")
  int maxSubscribers;

  @Inject
  @ConfigProperty(name = "ban.diff.stream.heartbeat-seconds", defaultValue = "15")
  int heartbeatSeconds;

  private final AtomicInteger subscribers = new AtomicInteger();
  private final Object commits = new Object();
  private volatile boolean running = true;

  void onCommit(@Observes ChangeCommitted change) {
    synchronized (commits) {
      commits.notifyAll();
    }
  }

  @PreDestroy
  void stop() {
    running = false;
    synchronized (commits) {
      commits.notifyAll();
    }
  }

  void open(DiffFeed.Query query, SseEventSink sink, Sse sse) {
    if (subscribers.incrementAndGet() > maxSubscribers) {
      subscribers.decrementAndGet();
      throw new BanException(
          ErrorCode.SERVICE_UNAVAILABLE,
          "Too many diff stream subscribers on this node: retry later, or poll GET /diff");
    }
    threads
        .newThread(
            () -> {
              try (sink) {
                pump(query, sink, sse);
              } catch (Exception e) {
                LOG.log(Level.DEBUG, "diff stream ended: " + e);
              } finally {
                subscribers.decrementAndGet();
              }
            })
        .start();
  }

  private void pump(DiffFeed.Query query, SseEventSink sink, Sse sse) throws Exception {
    long cursor = query.after();
    long quietSince = System.nanoTime();
    while (running && !sink.isClosed()) {
      List<JsonObject> diffs = feed.page(after(query, cursor), PAGE);
      for (JsonObject d : diffs) {
        long increment = d.getJsonNumber("increment").longValue();
        send(
            sink,
            sse.newEventBuilder()
                .name("diff")
                .id(Long.toString(increment))
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(d.toString())
                .build());
        cursor = increment;
        quietSince = System.nanoTime();
      }
      if (diffs.size() == PAGE) {
        continue; // replaying: no wait
      }
      synchronized (commits) {
        commits.wait(POLL_MILLIS);
      }
      if (System.nanoTime() - quietSince > TimeUnit.SECONDS.toNanos(heartbeatSeconds)) {
        send(sink, sse.newEventBuilder().comment("heartbeat").build());
        quietSince = System.nanoTime();
      }
    }
  }

  private static void send(SseEventSink sink, jakarta.ws.rs.sse.OutboundSseEvent event)
      throws Exception {
    // waits for the write, so a slow or gone client stops this subscriber instead of piling up
    sink.send(event).toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  private static DiffFeed.Query after(DiffFeed.Query q, long cursor) {
    return new DiffFeed.Query(cursor, q.since(), q.until(), q.resources(), q.insee());
  }
}
