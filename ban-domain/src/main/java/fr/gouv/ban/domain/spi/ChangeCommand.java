package fr.gouv.ban.domain.spi;

import fr.gouv.ban.domain.model.ResourceKind;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Objects;

/**
 * One change an {@link IngestionPlugin} asks for, addressed by natural keys rather than ids: the
 * importer finds the resource by {@link #key()}, then creates, updates or deletes it through the
 * normal write path.
 *
 * <p>Keys and references in bodies name resources the way the API does ({@code "insee:75101"},
 * {@code "ign:75101_cfq3tf"}, a {@code ban-...} id), or as an object of natural-key fields when the
 * kind has no identifier ({@code {"code": "75001", "municipality": "insee:75101"}} for a postcode).
 * Commands are applied in the order the stream yields them: emit what others refer to (a group)
 * before what refers to it (its housenumbers).
 *
 * @param line the source line (1-based, the header being line 1 of a CSV) for reports
 * @param kind the resource kind
 * @param action what to do with the resource the key finds
 * @param key the natural-key fields that find the resource (all of them are written too)
 * @param body the fields to write (PATCH semantics: absent fields are kept); empty for deletes
 * @param flag whether the stored version is also flagged by the importing client (a BAL address
 *     certified by its commune)
 */
public record ChangeCommand(
    long line, ResourceKind kind, Action action, JsonObject key, JsonObject body, boolean flag) {

  /** What a command does. */
  public enum Action {
    /** Create the resource if the key finds none (or only a deleted one), else update it. */
    UPSERT,
    /** Soft-delete the resource the key finds; nothing when it finds none. */
    DELETE
  }

  public ChangeCommand {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(key, "key");
    body = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
    if (key.isEmpty()) {
      throw new IllegalArgumentException("a change command needs a key (line " + line + ")");
    }
  }

  public static ChangeCommand upsert(
      long line, ResourceKind kind, JsonObject key, JsonObject body) {
    return new ChangeCommand(line, kind, Action.UPSERT, key, body, false);
  }

  public static ChangeCommand delete(long line, ResourceKind kind, JsonObject key) {
    return new ChangeCommand(line, kind, Action.DELETE, key, null, false);
  }

  /** The same command, whose stored version the importing client also flags. */
  public ChangeCommand flagged() {
    return new ChangeCommand(line, kind, action, key, body, true);
  }
}
