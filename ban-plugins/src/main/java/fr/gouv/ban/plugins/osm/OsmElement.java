package fr.gouv.ban.plugins.osm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A node or way being read: its id, start line, coordinates (nodes), node refs (ways), tags. */
final class OsmElement {
  final String type;
  final long line;
  final String id;
  final String lat;
  final String lon;
  final Map<String, String> tags = new HashMap<>();
  final List<Long> nodes = new ArrayList<>();

  OsmElement(String type, long line, String id, String lat, String lon) {
    this.type = type;
    this.line = line;
    this.id = id;
    this.lat = lat;
    this.lon = lon;
  }

  /** {@code node/123}, as the attribution's {@code osm_id} and the reports name it. */
  String osmId() {
    return type + "/" + id;
  }

  String tag(String key) {
    String v = tags.get(key);
    return v == null || v.isBlank() ? null : v.strip();
  }
}
