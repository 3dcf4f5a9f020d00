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

  URI base() {
    return base;
  }

  Http(URI base) {
    this.base = base;
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
    if (body != null) {
      b.header("Content-Type", "application/json");
      // large bodies wait for the server's go-ahead, so that a 413 arrives before the upload
      b.expectContinue(body.length() > 1_000_000);
    }
    headers.forEach(b::header);
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
