package fr.gouv.ban.api.config;

import fr.gouv.ban.api.ingestion.DemoData;
import fr.gouv.ban.domain.service.ReferenceData;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the first start against an empty database, loads the reference data from {@code
 * ban.reference-data.dir} in the background (progress in the log), then the demo addresses of
 * {@code ban.demo-data} ({@link DemoData}); the API answers meanwhile. An empty setting disables it
 * (tests, production databases loaded otherwise).
 */
@ApplicationScoped
public class ReferenceDataStartup {
  private static final System.Logger LOG = System.getLogger(ReferenceDataStartup.class.getName());

  @Inject
  @ConfigProperty(name = "ban.reference-data.dir")
  Optional<String> directory;

  @Inject private ReferenceData referenceData;
  @Inject private DemoData demoData;

  @Resource private ManagedExecutorService executor;

  void onSchemaReady(@Observes DatabaseStartup.SchemaReady ready) {
    if (directory.isEmpty() || directory.get().isBlank()) {
      return;
    }
    Path dir = Path.of(directory.get());
    if (!Files.isDirectory(dir)) {
      LOG.log(Level.WARNING, "ban.reference-data.dir {0} is not a directory: nothing loaded", dir);
      return;
    }
    executor.submit(
        () -> {
          try {
            if (referenceData.isEmpty()) {
              LOG.log(Level.INFO, "Empty database: loading reference data from {0}", dir);
              referenceData.load(dir);
            }
            demoData.importIfEmpty();
          } catch (RuntimeException e) {
            LOG.log(
                Level.ERROR, "BAN-9007 reference or demo data load failed: " + e.getMessage(), e);
          }
        });
  }
}
