package fr.gouv.ban.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** A small HTTP client for end-to-end tests: raw statuses, headers and JSON bodies. */
final class Http {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final URI base;
  private final String token;

  URI base() {
    return base;
  }

  /** Anonymous requests. */
  Http(URI base) {
    this(base, null);
  }

  /** Requests with {@code Authorization: Bearer token}. */
  Http(URI base, String token) {
    this.base = base;
    this.token = token;
  }

  /** The token this client sends, or null. */
  String authorization() {
    return token;
  }

  /** The same server, with another token (null: anonymous). */
  Http as(String otherToken) {
    return new Http(base, otherToken);
  }

  Reply get(String path) {
    return send("GET", path, null, Map.of());
  }

  Reply post(String path, String body) {
    return send("POST", path, body, Map.of());
  }

  Reply put(String path, String body) {
    return send("PUT", path, body, Map.of());
  }

  Reply patch(String path, String body) {
    return send("PATCH", path, body, Map.of());
  }

  /** A form POST, as OAuth2 token requests are sent. */
  Reply form(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8)
                        + "="
                        + java.net.URLEncoder.encode(
                            e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
            .collect(java.util.stream.Collectors.joining("&"));
    return send("POST", path, body, Map.of("Content-Type", "application/x-www-form-urlencoded"));
  }

  Reply delete(String path) {
    return send("DELETE", path, null, Map.of());
  }

  Reply send(String method, String path, String body, Map<String, String> headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null && !headers.containsKey("Content-Type")) {
      b.header("Content-Type", "application/json");
    }
    if (body != null) {
      // large bodies wait for the server's go-ahead, so that a 413 arrives before the upload
      b.expectContinue(body.length() > 1_000_000);
    }
    if (token != null && !headers.containsKey("Authorization")) {
      b.header("Authorization", "Bearer " + token);
    }
    headers.forEach(b::header);
    return execute(b);
  }

  /** POSTs a file as the request body (imports). */
  Reply upload(String path, byte[] file, String fileName) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(file))
            .header("Content-Type", "application/octet-stream")
            .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return execute(b);
  }

  private static Reply execute(HttpRequest.Builder b) {
    try {
      return new Reply(CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response with JSON helpers. */
  record Reply(HttpResponse<String> raw) {
    int status() {
      return raw.statusCode();
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    String text() {
      return raw.body();
    }

    JsonObject json() {
      try (var r = Json.createReader(new StringReader(raw.body()))) {
        return r.readObject();
      }
    }

    String string(String key) {
      JsonValue v = json().get(key);
      return v == null || v == JsonValue.NULL ? null : json().getString(key);
    }

    @Override
    public String toString() {
      return raw.statusCode() + " " + raw.body();
    }
  }
}
