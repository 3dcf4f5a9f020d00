package fr.gouv.ban.api.geocoding;

import fr.gouv.ban.domain.geocoding.StreetSource;
import fr.gouv.ban.domain.service.ChangeCommitted;
import fr.gouv.ban.geocoder.DocumentChange;
import fr.gouv.ban.geocoder.live.LiveGeocoder;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the node's geocoder in step with the management API: committed changes of groups,
 * housenumbers and positions are queued, and every 200 ms the streets they touch are read again
 * from the database and patched into the live index (so a change is searchable well within a
 * second). Reading the current state rather than replaying each change makes late or repeated
 * events harmless. Municipality and postcode renames are not followed yet (they change many streets
 * at once: the next rebuild picks them up).
 */
@ApplicationScoped
public class GeocoderFeed {
  private static final System.Logger LOG = System.getLogger(GeocoderFeed.class.getName());
  private static final long PERIOD_MILLIS = 200;

  @Inject private GeocoderIndex index;
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
    switch (change.kind()) {
      case GROUP, HOUSENUMBER, POSITION -> pending.add(change);
      default -> {
        // municipality and postcode changes: see the class comment
      }
    }
  }

  private void drain() {
    Optional<LiveGeocoder> live = index.live();
    if (pending.isEmpty() || live.isEmpty()) {
      return; // changes wait for the index to be built
    }
    List<ChangeCommitted> batch = new ArrayList<>();
    for (ChangeCommitted c = pending.poll(); c != null; c = pending.poll()) {
      batch.add(c);
    }
    try {
      Set<String> groups = new LinkedHashSet<>();
      Set<String> housenumbers = new LinkedHashSet<>();
      Set<String> positions = new LinkedHashSet<>();
      long increment = 0;
      for (ChangeCommitted c : batch) {
        increment = Math.max(increment, c.increment());
        switch (c.kind()) {
          case GROUP -> groups.add(c.id());
          case HOUSENUMBER -> {
            reference(c.old(), "parent").ifPresent(groups::add);
            reference(c.current(), "parent").ifPresent(groups::add);
          }
          default -> positions.add(c.id());
        }
      }
      housenumbers.addAll(streets.housenumbersOfPositions(positions));
      groups.addAll(streets.groupsOfHousenumbers(housenumbers));
      List<DocumentChange> changes =
          streets.streets(groups, code -> index.communes().populationFor(code));
      LiveGeocoder geocoder = live.get();
      // the documents were read now, so the index reflects at least every commit up to here
      geocoder.apply(Math.max(increment, geocoder.increment() + 1), changes);
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "BAN-4003 could not apply committed changes to the geocoder: " + e, e);
    }
  }

  private static Optional<String> reference(JsonObject data, String field) {
    return data != null && data.get(field) instanceof JsonString s
        ? Optional.of(s.getString())
        : Optional.empty();
  }
}
