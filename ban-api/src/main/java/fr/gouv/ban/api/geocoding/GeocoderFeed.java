package fr.gouv.ban.api.geocoding;

import fr.gouv.ban.domain.geocoding.ChangedStreets;
import fr.gouv.ban.domain.geocoding.StreetSource;
import fr.gouv.ban.domain.service.ChangeCommitted;
import fr.gouv.ban.geocoder.DocumentChange;
import fr.gouv.ban.geocoder.live.LiveGeocoder;
import fr.gouv.ban.geocoder.load.CommuneDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the node's geocoder in step with the management API: committed changes are queued, and
 * every 200 ms the streets they touch ({@link ChangedStreets}: groups, housenumbers, positions, and
 * every street of a renamed municipality or postcode) are read again from the database and patched
 * into the live index (so a change is searchable well within a second). Reading the current state
 * rather than replaying each change makes late or repeated events harmless.
 */
@ApplicationScoped
public class GeocoderFeed {
  private static final System.Logger LOG = System.getLogger(GeocoderFeed.class.getName());
  private static final long PERIOD_MILLIS = 200;

  @Inject GeocoderIndex index;
  @Inject private StreetSource streets;

  @Resource private ManagedScheduledExecutorService scheduler;

  private final ConcurrentLinkedQueue<ChangeCommitted> pending = new ConcurrentLinkedQueue<>();
  private ScheduledFuture<?> task;

  @PostConstruct
  void start() {
    task =
        scheduler.scheduleWithFixedDelay(
            this::drain, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  void onCommitted(@Observes ChangeCommitted change) {
    if (!index.disabled()) { // a node without a geocoder (management only) would only pile them up
      pending.add(change);
    }
  }

  /** Changes waiting for the next patch of the index. */
  int queued() {
    return pending.size();
  }

  private void drain() {
    Optional<LiveGeocoder> live = index.live();
    if (pending.isEmpty() || live.isEmpty()) {
      return; // changes wait for the index to be built or loaded
    }
    List<ChangeCommitted> batch = new ArrayList<>();
    for (ChangeCommitted c = pending.poll(); c != null; c = pending.poll()) {
      batch.add(c);
    }
    try {
      apply(live.get(), batch, streets, index.communes());
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "BAN-4003 could not apply committed changes to the geocoder: " + e, e);
    }
  }

  /** Reads the streets {@code batch} touches and patches them into {@code geocoder}. */
  static void apply(
      LiveGeocoder geocoder,
      List<ChangeCommitted> batch,
      StreetSource streets,
      CommuneDirectory communes) {
    long increment = 0;
    for (ChangeCommitted c : batch) {
      increment = Math.max(increment, c.increment());
    }
    List<DocumentChange> changes = ChangedStreets.of(batch, streets, communes::populationFor);
    // the documents were read now, so the index reflects at least every commit up to here
    geocoder.apply(Math.max(increment, geocoder.increment() + 1), changes);
  }
}
