package fr.gouv.ban.api.changes;

import static fr.gouv.ban.domain.Jsonp.JSON;

import fr.gouv.ban.api.resource.PageParameters;
import fr.gouv.ban.domain.service.DiffFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The diff feed: every committed change, one per stored version, in commit order. Poll {@code GET
 * /diff?increment=<last seen>} or subscribe to {@code GET /diff/stream}.
 */
@Path("/diff")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@ApplicationScoped
public class DiffEndpoint {
  @Inject private DiffFeed feed;
  @Inject private PageParameters paging;
  @Inject private DiffStreams streams;

  @Context private UriInfo uri;

  @GET
  @Operation(
      summary = "Changes after an increment, oldest first",
      description =
          "increment (strictly after; default 0), since/until (ISO date or date-time), resource"
              + " and insee (repeat = OR), limit. `next` continues after the page's last"
              + " increment; increments follow commit order, so polling with the last one seen"
              + " never misses a change.")
  public Response list() {
    DiffFeed.Query query = DiffParameters.read(uri.getQueryParameters(), null);
    int limit = paging.limit(uri);
    List<JsonObject> diffs = feed.page(query, limit);
    JsonArrayBuilder collection = JSON.createArrayBuilder();
    diffs.forEach(collection::add);
    JsonObjectBuilder body =
        JSON.createObjectBuilder().add("collection", collection).add("total", feed.count(query));
    Response.ResponseBuilder r = Response.ok();
    if (diffs.size() == limit) {
      long last = diffs.get(diffs.size() - 1).getJsonNumber("increment").longValue();
      URI next = uri.getRequestUriBuilder().replaceQueryParam("increment", last).build();
      body.add("next", next.toString());
      r.header("Link", "<" + next + ">; rel=next");
    }
    return r.entity(body.build().toString()).build();
  }

  @GET
  @Path("stream")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(
      summary =
          "Server-Sent Events: the changes after an increment, then each new one as it"
              + " commits",
      description =
          "Same filters as GET /diff. Each event is named `diff`, has the increment as id and the"
              + " diff as JSON data; a client resumes with Last-Event-ID. A comment line is sent"
              + " every 15 s when nothing changes.")
  public void stream(
      @HeaderParam("Last-Event-ID") String lastEventId,
      @Context SseEventSink sink,
      @Context Sse sse) {
    DiffFeed.Query query = DiffParameters.read(uri.getQueryParameters(), lastEventId);
    streams.open(query, sink, sse);
  }
}
