package fr.gouv.ban.plugins.ign;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.spi.ChangeCommand;
import fr.gouv.ban.domain.spi.IngestionContext;
import fr.gouv.ban.domain.spi.IngestionPlugin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a plugin made of a test resource: its commands and its rejections by line. */
record Ingested(List<ChangeCommand> commands, Map<Long, String> rejected) {
  static Ingested read(IngestionPlugin plugin, String resource) {
    Map<Long, String> rejected = new TreeMap<>();
    IngestionContext ctx =
        new IngestionContext() {
          @Override
          public ContributorType writer() {
            return ContributorType.IGN;
          }

          @Override
          public void reject(long line, String reason) {
            rejected.put(line, reason);
          }
        };
    try (InputStream in = Ingested.class.getResourceAsStream(resource)) {
      List<ChangeCommand> out = new ArrayList<>(plugin.read(in, ctx).toList());
      return new Ingested(out, rejected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
