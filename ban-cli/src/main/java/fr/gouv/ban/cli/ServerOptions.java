package fr.gouv.ban.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import picocli.CommandLine.Option;

/** {@code --server}: the running BAN server the commands that write go through. */
public class ServerOptions {
  @Option(
      names = "--server",
      defaultValue = "${env:BAN_URL:-http://localhost:8080}",
      description = "The BAN server (env BAN_URL; default: ${DEFAULT-VALUE}).")
  URI server;

  /** The server's address of {@code path} ({@code /import/ban}). */
  URI resolve(String path) {
    return server.resolve(path);
  }

  /** Sends {@code request}; a server that does not answer is an error saying what to do. */
  HttpResponse<String> send(HttpClient http, HttpRequest request) throws InterruptedException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot reach the server at "
              + server
              + " ("
              + e
              + "): start it with 'make run', or give --server / BAN_URL");
    }
  }
}
