package fr.gouv.ban.plugins.municipal;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.spi.IngestionContext;
import java.util.Map;
import java.util.TreeMap;

/** An importer's context that keeps the rejections, line to reason. */
final class RecordingContext implements IngestionContext {
  final Map<Long, String> rejected = new TreeMap<>();

  @Override
  public ContributorType writer() {
    return ContributorType.MUNICIPAL_ADMINISTRATION;
  }

  @Override
  public void reject(long line, String reason) {
    rejected.put(line, reason);
  }
}
