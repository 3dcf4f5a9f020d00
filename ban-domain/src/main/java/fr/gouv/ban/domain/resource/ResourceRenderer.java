package fr.gouv.ban.domain.resource;

import static fr.gouv.ban.domain.Jsonp.JSON;

import fr.gouv.ban.domain.contributor.ContributorSession;
import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ErrorCode;
import fr.gouv.ban.domain.model.VersionedResource;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongFunction;

/**
 * Renders resources as JSON objects with sorted keys, applying a {@link Mask}. Relations are ids
 * unless the mask expands them; expanded relations use the single view's fields. The renderer only
 * navigates loaded entities: callers batch-load what a mask expands.
 */
public final class ResourceRenderer {
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
  private static final List<String> COMMON =
      List.of(
          "id",
          "version",
          "status",
          "created_at",
          "created_by",
          "modified_at",
          "modified_by",
          "attributes");
  private static final Set<String> NOT_IN_ITEMS =
      Set.of("status", "created_at", "created_by", "modified_at", "modified_by");

  private final LongFunction<ContributorSession> sessions;

  /**
   * @param sessions resolves session keys of {@code created_by}/{@code modified_by}
   */
  public ResourceRenderer(LongFunction<ContributorSession> sessions) {
    this.sessions = sessions;
  }

  /**
   * Version data: every field, relations as ids. The same as {@code render(e, Mask.all(),
   * View.VERSION_DATA)}, without the mask's work.
   */
  public JsonObject data(VersionedResource e) {
    return snapshot(e).json();
  }

  /** The version data of {@code e} as it is now, captured as values and rendered on demand. */
  public DataSnapshot snapshot(VersionedResource e) {
    return DataSnapshot.of(this, e);
  }

  public JsonObject render(VersionedResource e, Mask mask, View view) {
    ResourceDefinition<VersionedResource> def = Definitions.of(e);
    Map<String, FieldValue> own = def.fields(e);
    Map<String, JsonValue> out = new TreeMap<>();
    for (String name : selected(def, own, mask, view)) {
      out.put(name, value(e, def, own, name, mask.sub(name)));
    }
    if (view == View.COLLECTION_ITEM) {
      out.put("resource", JSON.createValue(def.kind().wireName()));
    }
    JsonObjectBuilder b = JSON.createObjectBuilder();
    out.forEach(b::add);
    return b.build();
  }

  private Set<String> selected(
      ResourceDefinition<?> def, Map<String, FieldValue> own, Mask mask, View view) {
    Set<String> names = new LinkedHashSet<>();
    if (mask.hasStar()) {
      for (String n : COMMON) {
        if (view != View.COLLECTION_ITEM || !NOT_IN_ITEMS.contains(n)) {
          names.add(n);
        }
      }
      for (String n : own.keySet()) {
        boolean reverse = def.reverseRelations().contains(n);
        boolean skip =
            switch (view) {
              case SINGLE -> false;
              case VERSION_DATA -> reverse;
              case COLLECTION_ITEM -> reverse || def.collectionExclusions().contains(n);
            };
        if (!skip) {
          names.add(n);
        }
      }
    }
    for (String n : mask.explicitFields()) {
      if (!COMMON.contains(n) && !own.containsKey(n) && !"resource".equals(n)) {
        throw new BanException(ErrorCode.INVALID_PARAMETER, "Unknown field " + n);
      }
      if (!"resource".equals(n)) {
        names.add(n);
      }
    }
    return names;
  }

  private JsonValue value(
      VersionedResource e,
      ResourceDefinition<?> def,
      Map<String, FieldValue> own,
      String name,
      Mask sub) {
    return switch (name) {
      case "id" -> JSON.createValue(e.getId());
      case "version" -> JSON.createValue(e.getVersion());
      case "status" -> JSON.createValue(e.isDeleted() ? "deleted" : "active");
      case "created_at" -> timestamp(e.getCreatedAt());
      case "modified_at" -> timestamp(e.getModifiedAt());
      case "created_by" -> session(e.getCreatedBy());
      case "modified_by" -> session(e.getModifiedBy());
      case "attributes" -> attributes(e.getAttributes());
      default -> field(own.get(name), sub);
    };
  }

  private JsonValue field(FieldValue v, Mask sub) {
    if (v instanceof FieldValue.Scalar s) {
      return s.value();
    }
    if (v instanceof FieldValue.Ref r) {
      return link(r.target().get(), sub);
    }
    JsonArrayBuilder a = JSON.createArrayBuilder();
    ((FieldValue.Refs) v).targets().get().forEach(t -> a.add(link(t, sub)));
    return a.build();
  }

  private JsonValue link(VersionedResource target, Mask sub) {
    if (target == null) {
      return JsonValue.NULL;
    }
    return sub.isEmpty() ? JSON.createValue(target.getId()) : render(target, sub, View.SINGLE);
  }

  /** A session as {@code created_by}/{@code modified_by} show it. */
  public JsonValue session(long key) {
    ContributorSession s = sessions.apply(key);
    if (s == null) {
      return JsonValue.NULL;
    }
    return JSON.createObjectBuilder()
        .add("client", s.clientName() == null ? JsonValue.NULL : JSON.createValue(s.clientName()))
        .add("contributor_type", s.contributorType().wireName())
        .add("session", s.id())
        .build();
  }

  static JsonValue attributes(Map<String, String> attributes) {
    if (attributes == null) {
      return JsonValue.NULL;
    }
    JsonObjectBuilder b = JSON.createObjectBuilder();
    new TreeMap<>(attributes).forEach(b::add);
    return b.build();
  }

  /** ISO-8601 in UTC with {@code +00:00}, as the original API. */
  public static JsonValue timestamp(OffsetDateTime t) {
    return t == null ? JsonValue.NULL : JSON.createValue(format(t));
  }

  public static String format(OffsetDateTime t) {
    String s = t.withOffsetSameInstant(ZoneOffset.UTC).format(ISO);
    return s.endsWith("Z") ? s.substring(0, s.length() - 1) + "+00:00" : s;
  }
}
