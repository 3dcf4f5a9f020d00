package fr.gouv.ban.api.changes;

import fr.gouv.ban.domain.auth.Scopes;
import fr.gouv.ban.domain.error.ValidationFailedException;
import fr.gouv.ban.domain.model.ResourceKind;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of a batch, checked before anything runs.
 *
 * @param method POST (create, or update when the path names a resource), PUT, PATCH or DELETE
 * @param kind the resource kind of the path
 * @param ident the resource named by the path, or null for a create; may be {@code $<index>}
 * @param body the JSON body, or null for DELETE
 */
record BatchOperation(String method, ResourceKind kind, String ident, JsonObject body) {
  private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final Pattern PATH =
      Pattern.compile("^/?(municipality|postcode|group|housenumber|position)(?:/([^/?#]+))?/?$");

  /** Reads operation {@code value}; a bad one is a 422 naming the member at fault. */
  static BatchOperation read(JsonValue value) {
    if (!(value instanceof JsonObject o)) {
      throw ValidationFailedException.of(
          "operation", "An operation is an object {method, path, body}");
    }
    String method = text(o, "method");
    if (method == null || !METHODS.contains(method.toUpperCase())) {
      throw ValidationFailedException.of(
          "method", "method must be one of POST, PUT, PATCH, DELETE (got " + method + ")");
    }
    method = method.toUpperCase();
    String path = text(o, "path");
    Matcher m = path == null ? null : PATH.matcher(path);
    if (m == null || !m.matches()) {
      throw ValidationFailedException.of(
          "path", "path must be /{resource} or /{resource}/{id} (got " + path + ")");
    }
    ResourceKind kind = ResourceKind.fromWire(m.group(1)).orElseThrow();
    String ident = m.group(2);
    if (ident == null && !method.equals("POST")) {
      throw ValidationFailedException.of("path", method + " needs /{resource}/{id}");
    }
    JsonValue body = o.get("body");
    if (method.equals("DELETE")) {
      return new BatchOperation(method, kind, ident, null);
    }
    if (!(body instanceof JsonObject object) || object.isEmpty()) {
      throw ValidationFailedException.of("body", "body must be a non-empty JSON object");
    }
    return new BatchOperation(method, kind, ident, object);
  }

  /** The scope this operation needs. */
  String scope() {
    return Scopes.write(kind);
  }

  private static String text(JsonObject o, String key) {
    return o.get(key) instanceof JsonString s ? s.getString() : null;
  }
}
