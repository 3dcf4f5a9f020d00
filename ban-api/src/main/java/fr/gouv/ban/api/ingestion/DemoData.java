package fr.gouv.ban.api.ingestion;

import fr.gouv.ban.domain.contributor.ContributorSession;
import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.contributor.SessionDirectory;
import fr.gouv.ban.domain.ingestion.ImportJob;
import fr.gouv.ban.domain.ingestion.Importer;
import fr.gouv.ban.domain.service.ReferenceData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo addresses of a first start: {@code ban.demo-data} lists {@code <kind>:<file>} imports
 * (set by {@code make run} to the Paris BAN extract and the Nouvelle-Calédonie addok export unless
 * {@code BAN_DEMO_DATA=false}) run through the importer, as an IGN import would, into a database
 * that has no housenumber yet.
 */
@ApplicationScoped
public class DemoData {
  private static final System.Logger LOG = System.getLogger(DemoData.class.getName());

  @Inject
  @ConfigProperty(name = "ban.demo-data")
  Optional<String> imports;

  @Inject
  @ConfigProperty(name = "ban.import.chunk-size", defaultValue = "5000")
  int chunkSize;

  @Inject private Importer importer;
  @Inject private SessionDirectory sessions;

  @Inject private ReferenceData referenceData;

  /** Runs the configured imports if the database has no housenumber; on the calling thread. */
  public void importIfEmpty() {
    List<String> specs =
        imports.stream()
            .flatMap(v -> Arrays.stream(v.split(",")))
            .map(String::strip)
            .filter(v -> !v.isEmpty())
            .toList();
    if (specs.isEmpty() || referenceData.hasHousenumbers()) {
      return;
    }
    ContributorSession by = sessions.open("demo-data", ContributorType.IGN, null, null);
    for (String spec : specs) {
      int colon = spec.indexOf(':');
      Path file = Path.of(spec.substring(colon + 1));
      if (colon < 1 || !Files.isRegularFile(file)) {
        LOG.log(Level.WARNING, "ban.demo-data: {0} is not <kind>:<existing file>, skipped", spec);
        continue;
      }
      ImportJob job =
          importer.prepare(
              spec.substring(0, colon), file.getFileName().toString(), file, by, false, chunkSize);
      LOG.log(Level.INFO, "Demo data: importing {0} (job {1})", file, job.id());
      importer.run(job);
    }
  }
}
