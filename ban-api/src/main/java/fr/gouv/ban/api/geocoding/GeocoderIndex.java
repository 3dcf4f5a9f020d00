package fr.gouv.ban.api.geocoding;

import fr.gouv.ban.geocoder.Geocoder;
import fr.gouv.ban.geocoder.index.CompactIndex;
import fr.gouv.ban.geocoder.index.IndexBuilder;
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
 * The node's in-memory geocoder. At start it builds the index in the background from the BAN CSV
 * files named by {@code ban.geocoder.csv} (by default the Paris extract of the data directory,
 * {@code ban.geocoder.data-dir} or else {@code ban.reference-data.dir}), with commune populations
 * and centres from that directory; until then the geocoder routes answer 503 and readiness is DOWN.
 * With no source at all the geocoder is disabled (routes 503, readiness UP).
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

  @Resource private ManagedExecutorService executor;

  private volatile LiveGeocoder geocoder;
  private volatile CommuneDirectory communes = CommuneDirectory.empty();
  private volatile String state = "not started";
  private volatile boolean disabled;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    dataDir = geocoderDataDir.or(() -> referenceDataDir);
    List<Path> sources = sources();
    if (sources.isEmpty()) {
      disabled = true;
      state = "no source: set ban.geocoder.csv or ban.geocoder.data-dir";
      LOG.log(Level.INFO, "Geocoder disabled: {0}", state);
      return;
    }
    state = "building from " + sources;
    executor.submit(() -> build(sources));
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
    Path centres = Path.of(dataDir.get(), "communes-centres-apigeo-2025.json");
    Path cog = Path.of(dataDir.get(), "communes-cog-2026.json.gz");
    return Files.isRegularFile(centres) && Files.isRegularFile(cog)
        ? CommuneDirectory.load(centres, cog)
        : CommuneDirectory.empty();
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
