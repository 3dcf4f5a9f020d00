package fr.gouv.ban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The diff feed (§2.4, case 37, decisions 6 and 16) and its Server-Sent Events stream. */
abstract class DiffFeedScenarios extends Scenario {

  private static long lastIncrement() {
    return Database.count("select coalesce(max(increment), 0) from diff");
  }

  @Test
  void listsEachCreateInOrderWithItsMunicipalityAndOnlyChangedFields() {
    long before = lastIncrement();
    String insee = Fixtures.insee();
    String m = fixtures.municipality(insee);
    String g = fixtures.group(m, Fixtures.fantoir(insee));
    String h = fixtures.housenumber(g, "3", null);
    String p = fixtures.position(h, 2.35, 48.85);
    var r = http.get("diff?increment=" + before + "&insee=" + insee);
    assertThat(r.status()).isEqualTo(200);
    var items = r.json().getJsonArray("collection");
    assertThat(items).hasSize(4);
    List<String> ids = new ArrayList<>();
    long previous = before;
    for (var v : items) {
      JsonObject d = v.asJsonObject();
      assertThat(d.getJsonNumber("increment").longValue()).isEqualTo(previous + 1);
      previous = d.getJsonNumber("increment").longValue();
      assertThat(d.isNull("old")).isTrue();
      assertThat(d.getString("insee")).isEqualTo(insee);
      assertThat(d.getJsonObject("created_by").getString("client")).isEqualTo("e2e admin");
      ids.add(d.getString("resource_id"));
    }
    assertThat(ids).containsExactly(m, g, h, p);
    assertThat(items.getJsonObject(0).getString("resource")).isEqualTo("municipality");

    var renamed = http.patch("municipality/" + m, "{\"version\":2,\"name\":\"Renamed\"}");
    assertThat(renamed.status()).isEqualTo(200);
    var last = http.get("diff?increment=" + previous).json().getJsonArray("collection");
    assertThat(last).hasSize(1);
    JsonObject diff = last.getJsonObject(0).getJsonObject("diff");
    assertThat(diff.keySet()).containsExactly("name");
    assertThat(diff.getJsonObject("name").getString("old")).isEqualTo("Commune " + insee);
    assertThat(diff.getJsonObject("name").getString("new")).isEqualTo("Renamed");
  }

  @Test
  void pagesWithNextAfterTheLastIncrementAndFiltersByResourceAndDate() {
    long before = lastIncrement();
    String g = fixtures.group();
    for (int i = 1; i <= 5; i++) {
      fixtures.housenumber(g, String.valueOf(i), null);
    }
    var first = http.get("diff?increment=" + before + "&resource=housenumber&limit=3");
    assertThat(first.json().getJsonArray("collection")).hasSize(3);
    assertThat(first.json().getJsonNumber("total").longValue()).isEqualTo(5);
    String next = first.string("next");
    assertThat(next).contains("increment=");
    assertThat(first.header("Link")).contains("rel=next");
    var second = http.get(next.substring(next.indexOf("diff?")));
    assertThat(second.json().getJsonArray("collection")).hasSize(2);
    assertThat(second.json().getJsonArray("collection").getJsonObject(0).getString("resource"))
        .isEqualTo("housenumber");
    assertThat(
            http.get("diff?increment=" + before + "&since=2999-01-01")
                .json()
                .getJsonArray("collection"))
        .isEmpty();
    assertThat(
            http.get("diff?increment=" + before + "&until=2000-01-01")
                .json()
                .getJsonArray("collection"))
        .isEmpty();
  }

  @Test
  void refusesBadParametersAndAnonymousCallers() {
    for (String bad :
        new String[] {
          "increment=x", "increment=-1", "since=yesterday", "resource=street", "limit=x"
        }) {
      var r = http.get("diff?" + bad);
      assertThat(r.status()).as(bad).isEqualTo(400);
      assertThat(r.string("code")).isEqualTo("INVALID_PARAMETER");
    }
    assertThat(Server.anonymous().get("diff").status()).isEqualTo(401);
    assertThat(Server.anonymous().get("diff/stream").status()).isEqualTo(401);
  }

  @Test
  void streamsReplayThenLiveChangesAndResumesWithLastEventId() throws Exception {
    long before = lastIncrement();
    String m = fixtures.municipality();
    BlockingQueue<String[]> events = new ArrayBlockingQueue<>(100);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request =
        HttpRequest.newBuilder(http.base().resolve("diff/stream?increment=" + before))
            .header("Authorization", "Bearer " + token())
            .header("Accept", "text/event-stream")
            .build();
    var response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/event-stream");
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String id = null;
                String line;
                while ((line = in.readLine()) != null) {
                  if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                  } else if (line.startsWith("data:")) {
                    events.put(new String[] {id, line.substring(5).strip()});
                  }
                }
              } catch (Exception e) {
                // the test closes the stream
              }
            });
    reader.setDaemon(true);
    reader.start();

    String[] replayed = events.poll(10, TimeUnit.SECONDS);
    assertThat(replayed).as("the replayed create").isNotNull();
    assertThat(data(replayed).getString("resource_id")).isEqualTo(m);
    assertThat(replayed[0]).isEqualTo(String.valueOf(data(replayed).getJsonNumber("increment")));

    var renamed = http.patch("municipality/" + m, "{\"version\":2,\"name\":\"Live\"}");
    assertThat(renamed.status()).isEqualTo(200);
    String[] live = events.poll(5, TimeUnit.SECONDS);
    assertThat(live).as("the live change").isNotNull();
    assertThat(data(live).getJsonObject("new").getString("name")).isEqualTo("Live");
    assertThat(Long.parseLong(live[0])).isGreaterThan(Long.parseLong(replayed[0]));
    response.body().close();

    // resuming after the first event replays the second only
    HttpRequest resume =
        HttpRequest.newBuilder(http.base().resolve("diff/stream?increment=0&resource=municipality"))
            .header("Authorization", "Bearer " + token())
            .header("Last-Event-ID", replayed[0])
            .build();
    var again = client.send(resume, HttpResponse.BodyHandlers.ofInputStream());
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(again.body(), StandardCharsets.UTF_8))) {
      String line;
      String data = null;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("data:")) {
          data = line.substring(5).strip();
          break;
        }
      }
      assertThat(data).isNotNull();
      assertThat(Json.createReader(new StringReader(data)).readObject().getString("resource_id"))
          .isEqualTo(m);
      assertThat(
              Json.createReader(new StringReader(data))
                  .readObject()
                  .getJsonObject("new")
                  .getString("name"))
          .isEqualTo("Live");
    }
  }

  private String token() {
    return http.authorization();
  }

  private static JsonObject data(String[] event) {
    return Json.createReader(new StringReader(event[1])).readObject();
  }
}
