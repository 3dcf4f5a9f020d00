package fr.gouv.ban.api.changes;

import static fr.gouv.ban.domain.Jsonp.JSON;

import fr.gouv.ban.api.error.BanExceptionMapper;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;

/** The failing operation's own answer, with {@code failed_index} added to its problem body. */
@Provider
public class BatchFailureMapper implements ExceptionMapper<BatchFailure> {
  @Context private UriInfo uri;

  @Override
  public Response toResponse(BatchFailure e) {
    Response failure = BanExceptionMapper.map(e.failure(), uri);
    Object entity = failure.getEntity();
    if (!(entity instanceof String text) || !text.startsWith("{")) {
      return failure;
    }
    JsonObject body;
    try (var reader = JSON.createReader(new StringReader(text))) {
      body = reader.readObject();
    }
    return Response.fromResponse(failure)
        .entity(JSON.createObjectBuilder(body).add("failed_index", e.index()).build().toString())
        .build();
  }
}
