package fr.gouv.ban.api.representation;

import static fr.gouv.ban.domain.Jsonp.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code {collection, total, next?, previous?}} plus the same links in a {@code Link} header.
 * {@code next} exists when {@code total > offset + limit}; {@code previous} whenever {@code offset
 * > 0} (the original forgot it when {@code 0 < offset < limit}). Query strings are sorted so that
 * links are stable.
 */
public final class CollectionPage {
  private CollectionPage() {}

  public static Response build(
      UriInfo uri, List<JsonObject> items, long total, int offset, int limit) {
    JsonArrayBuilder collection = JSON.createArrayBuilder();
    items.forEach(collection::add);
    JsonObjectBuilder body =
        JSON.createObjectBuilder().add("collection", collection).add("total", total);
    List<String> links = new ArrayList<>();
    if (total > (long) offset + limit) {
      URI next = pageUri(uri, offset + limit, limit);
      body.add("next", next.toString());
      links.add("<" + next + ">; rel=next");
    }
    if (offset > 0) {
      URI previous = pageUri(uri, Math.max(0, offset - limit), limit);
      body.add("previous", previous.toString());
      links.add("<" + previous + ">; rel=previous");
    }
    Response.ResponseBuilder r = Response.ok(body.build().toString(), "application/json");
    if (!links.isEmpty()) {
      r.header("Link", String.join(", ", links));
    }
    return r.build();
  }

  private static URI pageUri(UriInfo uri, int offset, int limit) {
    MultivaluedMap<String, String> query = uri.getQueryParameters();
    Map<String, List<String>> sorted = new TreeMap<>(query);
    sorted.put("offset", List.of(String.valueOf(offset)));
    sorted.put("limit", List.of(String.valueOf(limit)));
    UriBuilder b = uri.getAbsolutePathBuilder().replaceQuery(null);
    sorted.forEach((k, values) -> values.forEach(v -> b.queryParam(k, encode(v))));
    return b.build();
  }

  /** Braces would be taken as URI template variables by the builder. */
  private static String encode(String v) {
    return v.replace("{", "%7B").replace("}", "%7D");
  }
}
