package fr.gouv.ban.api.error;

import static fr.gouv.ban.domain.Jsonp.JSON;

import fr.gouv.ban.domain.error.ErrorCode;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.TreeMap;

/** Builds problem+json responses. */
public final class Problem {
  public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

  private Problem() {}

  public static Response of(int status, ErrorCode code, String message) {
    return of(status, code, message, Map.of(), Map.of());
  }

  /**
   * @param errors field to message, for 422
   * @param extra further members ({@code current} on 409, {@code choices} on 300...)
   */
  public static Response of(
      int status,
      ErrorCode code,
      String message,
      Map<String, String> errors,
      Map<String, JsonValue> extra) {
    return Response.status(status)
        .type(PROBLEM_JSON)
        .entity(body(status, code, message, errors, extra).toString())
        .build();
  }

  /**
   * An OAuth2 error ({@code POST /token}): {@code error} is the OAuth2 code token clients look for
   * ({@code invalid_client}...), {@code error_description} and {@code detail} the explanation.
   */
  public static Response oauth(int status, ErrorCode code, String oauthError, String message) {
    JsonObject body =
        JSON.createObjectBuilder(body(status, code, message, Map.of(), Map.of()))
            .add("error", oauthError)
            .add("error_description", message)
            .build();
    return Response.status(status).type(PROBLEM_JSON).entity(body.toString()).build();
  }

  /** A problem body as text, for the few answers written outside JAX-RS (the rate limit). */
  public static String json(int status, ErrorCode code, String message) {
    return body(status, code, message, Map.of(), Map.of()).toString();
  }

  private static String title(int status) {
    return switch (status) {
      case 422 -> "Unprocessable Content";
      case 429 -> "Too Many Requests";
      default -> {
        Response.Status known = Response.Status.fromStatusCode(status);
        yield known == null ? "HTTP " + status : known.getReasonPhrase();
      }
    };
  }

  static JsonObject body(
      int status,
      ErrorCode code,
      String message,
      Map<String, String> errors,
      Map<String, JsonValue> extra) {
    JsonObjectBuilder b =
        JSON.createObjectBuilder()
            .add("type", "https://adresse.data.gouv.fr/ban/errors/" + code.name())
            .add("title", title(status))
            .add("status", status)
            .add("code", code.name())
            .add("detail", message)
            .add("error", message);
    if (!errors.isEmpty()) {
      JsonObjectBuilder e = JSON.createObjectBuilder();
      new TreeMap<>(errors).forEach(e::add);
      b.add("errors", e);
    }
    extra.forEach(b::add);
    return b.build();
  }
}
