package fr.gouv.ban.api.error;

import static fr.gouv.ban.domain.Jsonp.JSON;

import fr.gouv.ban.domain.auth.AuthException;
import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ErrorCode;
import fr.gouv.ban.domain.error.ValidationFailedException;
import fr.gouv.ban.domain.error.VersionConflictException;
import fr.gouv.ban.domain.service.RedirectedException;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** Maps domain failures to HTTP: the only place where domain codes meet statuses. */
@Provider
public class BanExceptionMapper implements ExceptionMapper<BanException> {
  @Context private UriInfo uri;

  @Override
  public Response toResponse(BanException e) {
    return map(e, uri);
  }

  /** The response for a domain failure; {@code uri} resolves redirect targets. */
  public static Response map(BanException e, UriInfo uri) {
    if (e instanceof RedirectedException r) {
      return redirect(r, uri);
    }
    if (e instanceof ValidationFailedException v) {
      return Problem.of(
          422, e.code(), e.getMessage(), v.errors(), Map.of("violations", violations(v)));
    }
    if (e instanceof VersionConflictException c) {
      Map<String, JsonValue> extra =
          c.current() == null ? Map.of() : Map.of("current", c.current());
      return Problem.of(409, e.code(), e.getMessage(), Map.of(), extra);
    }
    int status = status(e.code());
    if (e instanceof AuthException a) {
      return Problem.oauth(status, e.code(), a.oauthError(), e.getMessage());
    }
    Response r = Problem.of(status, e.code(), e.getMessage());
    return status == 503 ? Response.fromResponse(r).header("Retry-After", "5").build() : r;
  }

  static int status(ErrorCode code) {
    return switch (code) {
      case RESOURCE_NOT_FOUND,
          VERSION_NOT_FOUND,
          PATH_NOT_FOUND,
          INVALID_IDENTIFIER,
          IMPORT_KIND_UNKNOWN,
          IMPORT_NOT_FOUND ->
          404;
      case RESOURCE_DELETED -> 410;
      case VERSION_CONFLICT, STILL_LINKED -> 409;
      case PRECONDITION_FAILED -> 412;
      case INVALID_FIELD -> 422;
      case INVALID_PARAMETER,
          MALFORMED_BODY,
          INVALID_TOKEN_REQUEST,
          UNSUPPORTED_GRANT_TYPE,
          IMPORT_FILE_MISSING ->
          400;
      case UNAUTHENTICATED, INVALID_CLIENT -> 401;
      case INSUFFICIENT_SCOPE -> 403;
      case RATE_LIMITED -> 429;
      case METHOD_NOT_ALLOWED -> 405;
      case PAYLOAD_TOO_LARGE, QUERY_TOO_LONG -> 413;
      case UNSUPPORTED_MEDIA_TYPE -> 415;
      case NOT_ACCEPTABLE -> 406;
      case SERVICE_UNAVAILABLE, GEOCODER_NOT_READY -> 503;
      case REDIRECTED -> 302;
      case INTERNAL_ERROR, IMPORT_FAILED -> 500;
    };
  }

  private static Response redirect(RedirectedException r, UriInfo uri) {
    List<URI> choices =
        r.targets().stream()
            .map(id -> uri.getBaseUriBuilder().path(r.kind().wireName()).path(id).build())
            .toList();
    if (choices.size() == 1) {
      return Response.status(302)
          .location(choices.get(0))
          .type("application/json")
          .entity("{}")
          .build();
    }
    JsonArrayBuilder list = JSON.createArrayBuilder();
    choices.forEach(c -> list.add(c.toString()));
    Response.ResponseBuilder b =
        Response.status(300)
            .type("application/json")
            .entity(JSON.createObjectBuilder().add("choices", list).build().toString());
    choices.forEach(c -> b.header("Link", "<" + c + ">; rel=alternate"));
    return b.build();
  }

  /** {@code [{field, message, rule?}]}, sorted by field: {@code rule} names the plugin. */
  static JsonValue violations(ValidationFailedException v) {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    new java.util.TreeMap<>(v.errors())
        .forEach(
            (field, message) -> {
              var item = JSON.createObjectBuilder().add("field", field).add("message", message);
              String rule = v.rules().get(field);
              if (rule != null) {
                item.add("rule", rule);
              }
              list.add(item);
            });
    return list.build();
  }
}
