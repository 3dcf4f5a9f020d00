package fr.gouv.ban.api.security;

import fr.gouv.ban.api.resource.JsonBodies;
import fr.gouv.ban.domain.auth.TokenRequest;
import fr.gouv.ban.domain.auth.TokenService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /token}: the OAuth2 client credentials grant. Accepts the parameters as a form (the
 * OAuth2 standard) or as a JSON object (the original API); the client may also authenticate with
 * HTTP Basic ({@code client_secret_basic}).
 */
@Path("/token")
@Produces(MediaType.APPLICATION_JSON)
@PublicRoute
@ApplicationScoped
public class TokenEndpoint {
  /** A token request is a few hundred bytes. */
  private static final long MAX_BODY_BYTES = 16_384;

  @Inject private TokenService tokens;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(
      summary = "Get an access token (form parameters)",
      description =
          "grant_type=client_credentials, client_id, client_secret, contributor_type (when the"
              + " client has several), email and/or ip. Answers access_token, token_type,"
              + " expires_in, scope and contributor_type.")
  public Response fromForm(
      MultivaluedMap<String, String> form, @HeaderParam("Authorization") String authorization) {
    return issue(
        new TokenRequest(
            form.getFirst("grant_type"),
            form.getFirst("client_id"),
            form.getFirst("client_secret"),
            form.getFirst("contributor_type"),
            form.getFirst("email"),
            form.getFirst("ip")),
        authorization);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Get an access token (JSON object with the same parameters)")
  public Response fromJson(InputStream body, @HeaderParam("Authorization") String authorization) {
    JsonObject o = JsonBodies.object(body, MAX_BODY_BYTES);
    return issue(
        new TokenRequest(
            text(o, "grant_type"),
            text(o, "client_id"),
            text(o, "client_secret"),
            text(o, "contributor_type"),
            text(o, "email"),
            text(o, "ip")),
        authorization);
  }

  private Response issue(TokenRequest request, String authorization) {
    TokenService.Issued t = tokens.issue(withBasicCredentials(request, authorization));
    JsonObject body =
        Json.createObjectBuilder()
            .add("access_token", t.accessToken())
            .add("token_type", "Bearer")
            .add("expires_in", t.expiresIn())
            .add("scope", String.join(" ", t.scopes().stream().sorted().toList()))
            .add("contributor_type", t.contributorType().wireName())
            .build();
    return Response.ok(body.toString())
        .header("Cache-Control", "no-store")
        .header("Pragma", "no-cache")
        .build();
  }

  /** Client id and secret from {@code Authorization: Basic}, when the body does not give them. */
  private static TokenRequest withBasicCredentials(TokenRequest r, String authorization) {
    if (r.clientId() != null
        || authorization == null
        || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return r;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).strip()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return r;
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return r;
    }
    return new TokenRequest(
        r.grantType(),
        decoded.substring(0, colon),
        decoded.substring(colon + 1),
        r.contributorType(),
        r.email(),
        r.ip());
  }

  /** A string member; other JSON types count as absent (and fail the request's own checks). */
  private static String text(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v instanceof JsonString s ? s.getString() : null;
  }
}
