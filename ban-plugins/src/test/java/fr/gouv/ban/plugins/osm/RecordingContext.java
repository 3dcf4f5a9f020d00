package fr.gouv.ban.plugins.osm;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.spi.IngestionContext;
import java.util.ArrayList;
import java.util.List;

/** An import context that keeps the rejections as "line: reason". */
final class RecordingContext implements IngestionContext {
  final List<String> rejected = new ArrayList<>();

  @Override
  public ContributorType writer() {
    return ContributorType.OSM;
  }

  @Override
  public void reject(long line, String reason) {
    rejected.add(line + ": " + reason);
  }
}
