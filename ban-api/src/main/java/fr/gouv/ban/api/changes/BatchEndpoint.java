package fr.gouv.ban.api.changes;

import static fr.gouv.ban.domain.Jsonp.JSON;

import fr.gouv.ban.api.resource.JsonBodies;
import fr.gouv.ban.api.security.CallerSessions;
import fr.gouv.ban.api.security.ScopesCheckedByRoute;
import fr.gouv.ban.domain.auth.TokenGrant;
import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** {@code POST /batch}: up to 10,000 writes, all or nothing (decision 5). */
@Path("/batch")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@ApplicationScoped
public class BatchEndpoint {
  static final int MAX_OPERATIONS = 10_000;

  @Inject private BatchRunner runner;
  @Inject private CallerSessions callers;

  @Inject
  @ConfigProperty(name = "ban.http.max-body-bytes", defaultValue = "10485760")
  long maxBodyBytes;

  @Context private UriInfo uri;

  @POST
  @ScopesCheckedByRoute
  @Operation(
      summary = "Run writes atomically",
      description =
          "A JSON array of {method: POST|PUT|PATCH|DELETE, path: /<resource>[/<id>], body}, at"
              + " most 10,000. Each operation needs its resource's write scope. \"$<index>\""
              + " stands for the id written by an earlier operation. Success: 200 {results:"
              + " [{status, location?, body?}]}; otherwise the first failure's status and problem,"
              + " with failed_index, and nothing is changed.")
  public Response run(InputStream body) {
    JsonValue value = JsonBodies.value(body, maxBodyBytes);
    if (!(value instanceof JsonArray array)) {
      throw new BanException(
          ErrorCode.MALFORMED_BODY, "A batch is a JSON array of {method, path, body} operations");
    }
    if (array.isEmpty()) {
      throw new BanException(ErrorCode.MALFORMED_BODY, "The batch is empty");
    }
    if (array.size() > MAX_OPERATIONS) {
      throw new BanException(
          ErrorCode.INVALID_PARAMETER,
          "A batch has at most " + MAX_OPERATIONS + " operations (got " + array.size() + ")");
    }
    TokenGrant grant = callers.grant();
    List<BatchOperation> operations = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      try {
        BatchOperation op = BatchOperation.read(array.get(i));
        if (!grant.hasScope(op.scope())) {
          throw new BanException(
              ErrorCode.INSUFFICIENT_SCOPE, "this token lacks the scope " + op.scope());
        }
        operations.add(op);
      } catch (BanException e) {
        throw new BatchFailure(i, e);
      }
    }
    List<JsonObject> results = runner.run(operations, grant.session(), uri.getBaseUri());
    JsonArrayBuilder out = JSON.createArrayBuilder();
    results.forEach(out::add);
    return Response.ok(JSON.createObjectBuilder().add("results", out).build().toString()).build();
  }
}
