package fr.gouv.ban.api.geocoding;

import fr.gouv.ban.domain.geocoding.StreetSource;
import fr.gouv.ban.domain.service.ChangeCommitted;
import fr.gouv.ban.geocoder.Geocoder;
import fr.gouv.ban.geocoder.index.CompactIndex;
import fr.gouv.ban.geocoder.index.IndexBuilder;
import fr.gouv.ban.geocoder.index.IndexSnapshot;
import fr.gouv.ban.geocoder.live.LiveGeocoder;
import fr.gouv.ban.geocoder.live.LiveSettings;
import fr.gouv.ban.geocoder.load.BanCsvLoader;
import fr.gouv.ban.geocoder.load.CommuneDirectory;
import fr.gouv.ban.geocoder.text.TextNormalizer;
import fr.gouv.ban.geocoder.text.TextNormalizers;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The node's in-memory geocoder. At start, in the background, it loads the snapshot named by {@code
 * ban.geocoder.snapshot} ({@code bin/ban index build}) when that file is readable and compatible,
 * and for a snapshot of the database replays the diffs committed after the increment it records;
 * otherwise (no snapshot set, or one missing or unusable: logged as BAN-4002) it builds the index
 * from the BAN CSV files named by {@code ban.geocoder.csv} (by default the Paris extract of the
 * data directory, {@code ban.geocoder.data-dir} or else {@code ban.reference-data.dir}), with
 * commune populations and centres from that directory. Until then the geocoder routes answer 503
 * and readiness is DOWN. With no source at all the geocoder is disabled (routes 503, readiness UP).
 */
@ApplicationScoped
public class GeocoderIndex {
  private static final System.Logger LOG = System.getLogger(GeocoderIndex.class.getName());

  @Inject
  @ConfigProperty(name = "ban.geocoder.data-dir")
  Optional<String> geocoderDataDir;

  @Inject
  @ConfigProperty(name = "ban.reference-data.dir")
  Optional<String> referenceDataDir;

  private Optional<String> dataDir = Optional.empty();

  @Inject
  @ConfigProperty(name = "ban.geocoder.csv")
  Optional<String> csvFiles;

  @Inject
  @ConfigProperty(name = "ban.geocoder.snapshot")
  Optional<String> snapshotFile;

  @Inject StreetSource streets;

  @Resource private ManagedExecutorService executor;

  private volatile LiveGeocoder geocoder;
  private volatile CommuneDirectory communes = CommuneDirectory.empty();
  private volatile String state = "not started";
  private volatile boolean disabled;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    dataDir = geocoderDataDir.or(() -> referenceDataDir);
    List<Path> sources = sources();
    Optional<Path> snapshot = snapshotFile.filter(f -> !f.isBlank()).map(f -> Path.of(f.trim()));
    if (sources.isEmpty() && snapshot.isEmpty()) {
      disabled = true;
      state = "no source: set ban.geocoder.snapshot, ban.geocoder.csv or ban.geocoder.data-dir";
      LOG.log(Level.INFO, "Geocoder disabled: {0}", state);
      return;
    }
    state = snapshot.map(f -> "loading snapshot " + f).orElse("building from " + sources);
    executor.submit(
        () -> {
          if (snapshot.isEmpty() || !load(snapshot.get())) {
            build(sources);
          }
        });
  }

  /**
   * Loads the snapshot and, for one of the database, replays the changes committed since.
   *
   * @return false when the file is missing or unusable (the caller builds instead)
   */
  boolean load(Path file) {
    long start = System.nanoTime();
    if (!Files.isReadable(file)) {
      LOG.log(
          Level.WARNING,
          "BAN-4002 geocoder snapshot {0} is missing or unreadable: building the index instead",
          file);
      return false;
    }
    IndexSnapshot snapshot;
    TextNormalizer normalizer;
    try {
      normalizer = TextNormalizers.load();
      communes = loadCommunes();
      snapshot = IndexSnapshot.readFrom(file, normalizer);
    } catch (IOException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "BAN-4002 geocoder snapshot {0} is unusable ({1}): building the index instead",
          file,
          e.getMessage());
      return false;
    }
    long loaded = System.nanoTime();
    LiveGeocoder live = LiveGeocoder.fromSnapshot(snapshot, normalizer, LiveSettings.DEFAULTS);
    int replayed = 0;
    if (snapshot.origin() == IndexSnapshot.Origin.DATABASE) {
      state = "replaying the changes committed after increment " + snapshot.increment();
      try {
        List<ChangeCommitted> since = streets.committedAfter(snapshot.increment());
        if (!since.isEmpty()) {
          GeocoderFeed.apply(live, since, streets, communes);
        }
        replayed = since.size();
      } catch (RuntimeException e) {
        live.close();
        state = "replay after snapshot failed: " + e.getMessage();
        LOG.log(Level.ERROR, "BAN-4001 geocoder " + state, e);
        return true; // not ready: serving a stale index silently would be worse
      }
    }
    geocoder = live;
    state = null;
    LOG.log(
        Level.INFO,
        "Geocoder index ready: snapshot {0} ({1} documents, {2}, increment {3}) loaded in {4} ms,"
            + " {5} changes replayed in {6} ms",
        file,
        snapshot.index().documentCount(),
        snapshot.origin(),
        snapshot.increment(),
        (loaded - start) / 1_000_000,
        replayed,
        (System.nanoTime() - loaded) / 1_000_000);
    return true;
  }

  private List<Path> sources() {
    List<Path> out = new ArrayList<>();
    csvFiles.ifPresent(
        files -> {
          for (String f : files.split(",")) {
            if (!f.isBlank()) {
              out.add(Path.of(f.trim()));
            }
          }
        });
    if (out.isEmpty() && dataDir.isPresent()) {
      Path paris = Path.of(dataDir.get(), "ban-adresses-75-paris-2024.csv.gz");
      if (Files.isRegularFile(paris)) {
        out.add(paris);
      }
    }
    return out;
  }

  private void build(List<Path> sources) {
    if (sources.isEmpty()) {
      state = "no usable snapshot and no source to build from (ban.geocoder.csv)";
      LOG.log(Level.ERROR, "BAN-4001 geocoder: " + state);
      return;
    }
    state = "building from " + sources;
    long start = System.nanoTime();
    try {
      TextNormalizer normalizer = TextNormalizers.load();
      communes = loadCommunes();
      BanCsvLoader loader = new BanCsvLoader(communes);
      IndexBuilder builder = new IndexBuilder(normalizer);
      for (Path file : sources) {
        loader.load(file, builder::add);
      }
      CompactIndex index = builder.build();
      geocoder = new LiveGeocoder(index, 0, normalizer, LiveSettings.DEFAULTS);
      state = null;
      LOG.log(
          Level.INFO,
          "Geocoder index ready: {0} in {1} ms",
          sources,
          (System.nanoTime() - start) / 1_000_000);
    } catch (IOException | RuntimeException e) {
      state = "index build failed: " + e.getMessage();
      LOG.log(Level.ERROR, "BAN-4001 geocoder index build failed: " + e.getMessage(), e);
    }
  }

  private CommuneDirectory loadCommunes() throws IOException {
    if (dataDir.isEmpty()) {
      return CommuneDirectory.empty();
    }
    return CommuneDirectory.ofDataDirectory(Path.of(dataDir.get()));
  }

  /** The geocoder, once its index is built. */
  public Optional<Geocoder> current() {
    return Optional.ofNullable(geocoder);
  }

  /** The live index that committed changes patch, once built. */
  Optional<LiveGeocoder> live() {
    return Optional.ofNullable(geocoder);
  }

  /** Commune populations and centres (empty until the index is built). */
  CommuneDirectory communes() {
    return communes;
  }

  /** Why the geocoder is not ready, or null when it is. */
  public String notReadyReason() {
    return state;
  }

  /** Whether this node serves no geocoder at all (no source configured). */
  public boolean disabled() {
    return disabled;
  }

  @PreDestroy
  void close() {
    LiveGeocoder g = geocoder;
    if (g != null) {
      g.close();
    }
  }
}
