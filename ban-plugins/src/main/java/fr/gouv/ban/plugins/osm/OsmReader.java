package fr.gouv.ban.plugins.osm;

import fr.gouv.ban.domain.spi.ChangeCommand;
import fr.gouv.ban.domain.spi.IngestionContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The commands of one OSM XML file, pulled element by element with StAX as the stream is consumed.
 *
 * <p>Ways get the centroid (mean) of their nodes, so node coordinates are kept as they are read, in
 * a {@code HashMap<Long, double[]>}: about 100 bytes per node, 100 MB for a million nodes — fine
 * for a commune or a département's city extract, not for a national planet file, which would need a
 * primitive or off-heap map (no primitive-collections library is in the build). OSM files list
 * nodes before ways: a way whose nodes were not seen before it is reported, not guessed. Relations
 * are not read.
 */
final class OsmReader extends Spliterators.AbstractSpliterator<ChangeCommand> {
  private static final XMLInputFactory FACTORY = factory();

  private final XMLStreamReader xml;
  private final IngestionContext ctx;
  private final OsmAddresses addresses;
  private final Map<Long, double[]> coordinates = new HashMap<>();
  private final Deque<ChangeCommand> pending = new ArrayDeque<>();
  private OsmElement current;

  OsmReader(InputStream in, IngestionContext ctx) throws IOException {
    super(Long.MAX_VALUE, Spliterator.ORDERED);
    try {
      this.xml = FACTORY.createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw new IOException("not an OSM XML file: " + e.getMessage(), e);
    }
    this.ctx = ctx;
    this.addresses = new OsmAddresses(ctx);
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    // no DTD, no external entities: the file comes from outside
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return f;
  }

  @Override
  public boolean tryAdvance(Consumer<? super ChangeCommand> action) {
    try {
      while (pending.isEmpty() && xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          start(xml.getLocalName());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          end(xml.getLocalName());
        }
      }
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(
          new IOException("broken OSM XML near line " + lineOf(e) + ": " + e.getMessage(), e));
    }
    ChangeCommand next = pending.poll();
    if (next == null) {
      return false;
    }
    action.accept(next);
    return true;
  }

  private static int lineOf(XMLStreamException e) {
    return e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
  }

  private void start(String name) {
    long line = xml.getLocation().getLineNumber();
    switch (name) {
      case "node", "way" ->
          current =
              new OsmElement(
                  name,
                  line,
                  xml.getAttributeValue(null, "id"),
                  xml.getAttributeValue(null, "lat"),
                  xml.getAttributeValue(null, "lon"));
      case "tag" -> {
        if (current != null && xml.getAttributeValue(null, "k") != null) {
          current.tags.put(xml.getAttributeValue(null, "k"), xml.getAttributeValue(null, "v"));
        }
      }
      case "nd" -> {
        if (current != null) {
          current.nodes.add(parseLong(xml.getAttributeValue(null, "ref")));
        }
      }
      default -> {
        // osm, bounds, relation, member...: nothing to keep
      }
    }
  }

  private void end(String name) {
    if (current == null || !name.equals(current.type)) {
      return;
    }
    OsmElement e = current;
    current = null;
    if (e.type.equals("node")) {
      node(e);
    } else {
      way(e);
    }
  }

  private void node(OsmElement e) {
    double[] lonLat = lonLat(e);
    Long id = parseLong(e.id);
    if (lonLat != null && id != null) {
      coordinates.put(id, lonLat);
    }
    if (!OsmAddresses.isAddress(e)) {
      return;
    }
    if (id == null) {
      ctx.reject(e.line, "node without a numeric id: skipped");
    } else if (lonLat == null) {
      ctx.reject(
          e.line,
          e.osmId()
              + ": lat/lon: expected a latitude from -90 to 90 and a longitude from -180 to 180,"
              + " got lat=\""
              + e.lat
              + "\" lon=\""
              + e.lon
              + "\"");
    } else {
      pending.addAll(addresses.commands(e, lonLat));
    }
  }

  private void way(OsmElement e) {
    if (!OsmAddresses.isAddress(e)) {
      return;
    }
    int size = e.nodes.size();
    // a closed way repeats its first node last: count it once
    if (size > 1 && e.nodes.get(0) != null && e.nodes.get(0).equals(e.nodes.get(size - 1))) {
      size--;
    }
    if (size == 0) {
      ctx.reject(e.line, e.osmId() + ": a way without nodes has no position");
      return;
    }
    double lon = 0;
    double lat = 0;
    for (int i = 0; i < size; i++) {
      Long ref = e.nodes.get(i);
      double[] c = ref == null ? null : coordinates.get(ref);
      if (c == null) {
        ctx.reject(
            e.line,
            e.osmId()
                + ": node "
                + ref
                + " was not seen before the way (OSM files list nodes first): no centroid");
        return;
      }
      lon += c[0];
      lat += c[1];
    }
    pending.addAll(addresses.commands(e, new double[] {lon / size, lat / size}));
  }

  private static double[] lonLat(OsmElement e) {
    try {
      double lat = Double.parseDouble(e.lat);
      double lon = Double.parseDouble(e.lon);
      return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180 ? new double[] {lon, lat} : null;
    } catch (NumberFormatException | NullPointerException ex) {
      return null;
    }
  }

  private static Long parseLong(String value) {
    try {
      return value == null ? null : Long.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
