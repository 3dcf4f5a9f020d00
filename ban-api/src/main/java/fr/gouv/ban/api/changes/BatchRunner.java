package fr.gouv.ban.api.changes;

import static fr.gouv.ban.domain.Jsonp.JSON;

import fr.gouv.ban.domain.contributor.ContributorSession;
import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ValidationFailedException;
import fr.gouv.ban.domain.resource.WriteMode;
import fr.gouv.ban.domain.service.Rendered;
import fr.gouv.ban.domain.service.ResourceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a batch in one transaction through the normal write path: the first failure rolls every
 * operation back. {@code "$<index>"} (a whole string, in the path or anywhere in a body) stands for
 * the id of the resource written by that earlier operation.
 */
@ApplicationScoped
public class BatchRunner {
  /** Operations between two {@link ResourceService#settle()}: keeps flushes cheap. */
  private static final int SETTLE_EVERY = 100;

  private static final Pattern REFERENCE = Pattern.compile("\\$(\\d{1,5})");

  @Inject private ResourceService service;

  /** A result: {@code {status, location?, body?}}. */
  @Transactional
  public List<JsonObject> run(List<BatchOperation> operations, ContributorSession by, URI base) {
    List<String> ids = new ArrayList<>(operations.size());
    List<JsonObject> results = new ArrayList<>(operations.size());
    for (int i = 0; i < operations.size(); i++) {
      BatchOperation op = operations.get(i);
      try {
        String ident = op.ident() == null ? null : resolve(op.ident(), ids, "path");
        JsonObject body = op.body() == null ? null : (JsonObject) resolve(op.body(), ids);
        JsonObjectBuilder result = JSON.createObjectBuilder();
        String id;
        switch (op.method()) {
          case "DELETE" -> {
            service.delete(op.kind(), ident, null, by);
            id = ident;
            result.add("status", 204);
          }
          case "POST" -> {
            if (ident == null) {
              Rendered r = service.createAndRender(op.kind(), body, by);
              id = r.id();
              result
                  .add("status", 201)
                  .add("location", base.resolve(op.kind().wireName() + "/" + id).toString())
                  .add("body", r.json());
            } else {
              id = update(op, ident, body, WriteMode.PATCH, by, result);
            }
          }
          case "PUT" -> id = update(op, ident, body, WriteMode.REPLACE, by, result);
          default -> id = update(op, ident, body, WriteMode.PATCH, by, result);
        }
        ids.add(id);
        results.add(result.build());
        if ((i + 1) % SETTLE_EVERY == 0) {
          service.settle();
        }
      } catch (BanException e) {
        throw new BatchFailure(i, e);
      }
    }
    return results;
  }

  private String update(
      BatchOperation op,
      String ident,
      JsonObject body,
      WriteMode mode,
      ContributorSession by,
      JsonObjectBuilder result) {
    Rendered r = service.updateAndRender(op.kind(), ident, body, mode, null, by);
    result.add("status", 200).add("body", r.json());
    return r.id();
  }

  private static JsonValue resolve(JsonValue v, List<String> ids) {
    if (v instanceof JsonString s) {
      return s.getString().startsWith("$")
          ? JSON.createValue(resolve(s.getString(), ids, "body"))
          : v;
    }
    if (v instanceof JsonObject o) {
      JsonObjectBuilder b = JSON.createObjectBuilder();
      o.forEach((k, x) -> b.add(k, resolve(x, ids)));
      return b.build();
    }
    if (v instanceof JsonArray a) {
      JsonArrayBuilder b = JSON.createArrayBuilder();
      a.forEach(x -> b.add(resolve(x, ids)));
      return b.build();
    }
    return v;
  }

  private static String resolve(String text, List<String> ids, String where) {
    Matcher m = REFERENCE.matcher(text);
    if (!m.matches()) {
      return text;
    }
    int index = Integer.parseInt(m.group(1));
    if (index >= ids.size()) {
      throw ValidationFailedException.of(
          where,
          text + " names no earlier operation of this batch (operations are numbered from 0)");
    }
    return ids.get(index);
  }
}
