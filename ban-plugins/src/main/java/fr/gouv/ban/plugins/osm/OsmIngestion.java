package fr.gouv.ban.plugins.osm;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.spi.ChangeCommand;
import fr.gouv.ban.domain.spi.Contributor;
import fr.gouv.ban.domain.spi.IngestionContext;
import fr.gouv.ban.domain.spi.IngestionPlugin;
import fr.gouv.ban.domain.spi.SourceDescriptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Import kind {@code osm}: an OpenStreetMap XML extract ({@code .osm}) into groups, housenumbers
 * and positions. Nodes and ways tagged {@code addr:housenumber} + {@code addr:street} are read,
 * with the commune from {@code addr:citycode} or {@code ref:INSEE} (there is no geometric lookup:
 * an element without either is reported). Keys and mapping: {@link OsmKeys}, {@link OsmAddresses};
 * streaming and memory: {@link OsmReader}. Every resource carries {@code {"source": "©
 * OpenStreetMap contributors, ODbL 1.0"}} in its attributes (ODbL attribution), and housenumbers
 * and positions the {@code osm_id} they came from.
 */
@ApplicationScoped
@Contributor(ContributorType.OSM)
public class OsmIngestion implements IngestionPlugin {
  @Override
  public String id() {
    return "osm.xml";
  }

  @Override
  public String kind() {
    return "osm";
  }

  /** OSM XML only ({@code .osm}, {@code .xml}, optionally {@code .gz}, or {@code -}): not PBF. */
  @Override
  public boolean accepts(SourceDescriptor source) {
    String name = source.fileName().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    return name.equals("-") || name.endsWith(".osm") || name.endsWith(".xml");
  }

  @Override
  public Stream<ChangeCommand> read(InputStream in, IngestionContext ctx) throws IOException {
    // the XML reader is not closed: XMLStreamReader.close() leaves the stream open anyway
    return StreamSupport.stream(new OsmReader(in, ctx), false);
  }
}
