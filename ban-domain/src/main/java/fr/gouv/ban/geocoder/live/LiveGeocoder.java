package fr.gouv.ban.geocoder.live;

import static java.util.Objects.requireNonNull;

import fr.gouv.ban.geocoder.DocumentChange;
import fr.gouv.ban.geocoder.Geocoder;
import fr.gouv.ban.geocoder.Hit;
import fr.gouv.ban.geocoder.ReverseQuery;
import fr.gouv.ban.geocoder.SearchQuery;
import fr.gouv.ban.geocoder.index.CompactIndex;
import fr.gouv.ban.geocoder.index.IndexSnapshot;
import fr.gouv.ban.geocoder.search.HitOrder;
import fr.gouv.ban.geocoder.search.SearchEngine;
import fr.gouv.ban.geocoder.text.QueryAnalysis;
import fr.gouv.ban.geocoder.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A {@link Geocoder} whose index takes changes while it serves queries.
 *
 * <p>Readers take the current {@link IndexState} from a volatile field and query its base (skipping
 * tombstoned documents) and its overlay, then merge the two hit lists in the deterministic order; a
 * state is never modified, so a reader sees a change entirely or not at all. Writers ({@link
 * #apply}) are serialised: each change re-indexes the small overlay and publishes a new state, so a
 * change is searchable as soon as {@code apply} returns. When the overlay reaches {@link
 * LiveSettings#mergeThreshold()} documents, a background thread builds a new base and swaps it in,
 * keeping in the overlay only the changes applied meanwhile.
 *
 * <p>Thread-safe. {@link #close()} stops the merge thread.
 */
public final class LiveGeocoder implements Geocoder, AutoCloseable {

  private static final System.Logger LOG = System.getLogger(LiveGeocoder.class.getName());

  private final TextNormalizer normalizer;
  private final LiveSettings settings;
  private final ExecutorService merger =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "geocoder-merge");
            thread.setDaemon(true);
            return thread;
          });
  private final Object writeLock = new Object();
  private volatile IndexState state;
  private volatile IndexSnapshot.Origin origin = IndexSnapshot.Origin.FILES;
  private CompletableFuture<Void> runningMerge = CompletableFuture.completedFuture(null);

  /**
   * @param base the initial index
   * @param increment last change increment included in {@code base}
   */
  public LiveGeocoder(
      CompactIndex base, long increment, TextNormalizer normalizer, LiveSettings settings) {
    this.normalizer = requireNonNull(normalizer, "normalizer");
    this.settings = requireNonNull(settings, "settings");
    this.state =
        IndexState.of(
            new SearchEngine(base, normalizer, settings.search()),
            increment,
            new LinkedHashMap<>(),
            increment,
            normalizer,
            settings.search());
  }

  /** A live index starting from a snapshot (whose origin its own snapshots keep). */
  public static LiveGeocoder fromSnapshot(
      IndexSnapshot snapshot, TextNormalizer normalizer, LiveSettings settings) {
    LiveGeocoder live =
        new LiveGeocoder(snapshot.index(), snapshot.increment(), normalizer, settings);
    live.origin = snapshot.origin();
    return live;
  }

  @Override
  public List<Hit> search(SearchQuery query) {
    IndexState current = state;
    QueryAnalysis analysis = normalizer.analyze(query.text());
    List<Hit> hits = current.base().search(query, analysis, current.tombstones());
    if (current.overlay() == null) {
      return hits;
    }
    return merge(
        hits, current.overlay().search(query, analysis, null), query.limit(), HitOrder.BEST_FIRST);
  }

  @Override
  public List<Hit> reverse(ReverseQuery query) {
    IndexState current = state;
    List<Hit> hits = current.base().reverse(query, current.tombstones());
    if (current.overlay() == null) {
      return hits;
    }
    return merge(
        hits, current.overlay().reverse(query, null), query.limit(), HitOrder.NEAREST_FIRST);
  }

  private static List<Hit> merge(List<Hit> a, List<Hit> b, int limit, Comparator<Hit> order) {
    List<Hit> all = new ArrayList<>(a.size() + b.size());
    all.addAll(a);
    all.addAll(b);
    all.sort(order);
    return all.subList(0, Math.min(limit, all.size()));
  }

  /**
   * Applies the changes of one increment of the change feed. Increments must grow; replaying an
   * increment already applied is a no-op, which makes redelivery harmless.
   *
   * @return false when the increment was already applied
   */
  public boolean apply(long increment, List<DocumentChange> changes) {
    synchronized (writeLock) {
      IndexState current = state;
      if (increment <= current.increment()) {
        return false;
      }
      Map<String, IndexState.PendingChange> pending = new LinkedHashMap<>(current.pending());
      for (DocumentChange change : changes) {
        pending.remove(change.id()); // keeps the map in change order
        pending.put(change.id(), new IndexState.PendingChange(change.document(), increment));
      }
      state =
          IndexState.of(
              current.base(),
              current.baseIncrement(),
              pending,
              increment,
              normalizer,
              settings.search());
      if (pending.size() >= settings.mergeThreshold() && runningMerge.isDone()) {
        startMerge();
      }
      return true;
    }
  }

  /** Starts a merge of the overlay into a new base now; completes when it is swapped in. */
  public CompletableFuture<Void> merge() {
    synchronized (writeLock) {
      if (runningMerge.isDone()) {
        startMerge();
      }
      return runningMerge;
    }
  }

  /**
   * Caller holds the write lock. A failed merge leaves the overlay in place; the next one retries.
   */
  private void startMerge() {
    runningMerge =
        CompletableFuture.runAsync(this::mergeOverlay, merger)
            .whenComplete(
                (done, error) -> {
                  if (error != null) {
                    LOG.log(
                        System.Logger.Level.ERROR,
                        "BAN-4001 geocoder merge failed, overlay kept",
                        error);
                  }
                });
  }

  private void mergeOverlay() {
    IndexState from = state;
    if (from.pending().isEmpty()) {
      return;
    }
    long start = System.nanoTime();
    SearchEngine base = new SearchEngine(from.merged(normalizer), normalizer, settings.search());
    synchronized (writeLock) {
      IndexState current = state;
      if (current.base() != from.base()) {
        return; // replaced by a full rebuild meanwhile
      }
      Map<String, IndexState.PendingChange> later = new LinkedHashMap<>();
      current
          .pending()
          .forEach(
              (id, change) -> {
                if (change.increment() > from.increment()) {
                  later.put(id, change);
                }
              });
      state =
          IndexState.of(
              base, from.increment(), later, current.increment(), normalizer, settings.search());
    }
    LOG.log(
        System.Logger.Level.INFO,
        "geocoder base merged up to increment {0} in {1} ms",
        from.increment(),
        (System.nanoTime() - start) / 1_000_000);
  }

  /** Last applied change increment. */
  public long increment() {
    return state.increment();
  }

  /** Documents changed since the base was built (the overlay size). */
  public int pendingChanges() {
    return state.pending().size();
  }

  /** A snapshot of the current state, merging the overlay first if there is one. */
  public IndexSnapshot snapshot() {
    IndexState current = state;
    CompactIndex index =
        current.pending().isEmpty() ? current.base().index() : current.merged(normalizer);
    return new IndexSnapshot(index, current.increment(), origin);
  }

  /** Replaces the whole index (a full rebuild) atomically; changes not in it are dropped. */
  public void replace(IndexSnapshot snapshot) {
    synchronized (writeLock) {
      state =
          IndexState.of(
              new SearchEngine(snapshot.index(), normalizer, settings.search()),
              snapshot.increment(),
              new LinkedHashMap<>(),
              snapshot.increment(),
              normalizer,
              settings.search());
      origin = snapshot.origin();
    }
  }

  @Override
  public void close() {
    merger.shutdownNow();
  }
}
