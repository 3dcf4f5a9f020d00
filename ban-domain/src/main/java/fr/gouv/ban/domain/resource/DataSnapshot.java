package fr.gouv.ban.domain.resource;

import static fr.gouv.ban.domain.Jsonp.JSON;

import fr.gouv.ban.domain.model.VersionedResource;
import fr.gouv.ban.domain.versioning.DataDiff;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A resource's version data ({@link ResourceRenderer#data}) captured as values at one instant, and
 * rendered only when asked. Capturing costs the resource's own fields; the bookkeeping fields
 * (timestamps, sessions) are formatted by {@link #json()} alone. An import takes one snapshot
 * before reading a command into the entity and one after: when {@link #sameTrackedData} says that
 * no field a diff reports changed, nothing is rendered at all.
 *
 * <p>The snapshot owns its values: later changes to the entity (or to its attribute map) do not
 * show in it.
 */
public final class DataSnapshot {
  private final ResourceRenderer renderer;
  private final String id;
  private final int version;
  private final boolean deleted;
  private final OffsetDateTime createdAt;
  private final OffsetDateTime modifiedAt;
  private final long createdBy;
  private final long modifiedBy;
  private final Map<String, String> attributes;

  /** The own fields of the version data (reverse relations left out), in definition order. */
  private final String[] names;

  private final JsonValue[] values;

  private DataSnapshot(
      ResourceRenderer renderer, VersionedResource e, Map<String, FieldValue> own) {
    this.renderer = renderer;
    this.id = e.getId();
    this.version = e.getVersion();
    this.deleted = e.isDeleted();
    this.createdAt = e.getCreatedAt();
    this.modifiedAt = e.getModifiedAt();
    this.createdBy = e.getCreatedBy();
    this.modifiedBy = e.getModifiedBy();
    this.attributes = e.getAttributes() == null ? null : new HashMap<>(e.getAttributes());
    Set<String> reverse = Definitions.of(e).reverseRelations();
    String[] n = new String[own.size()];
    JsonValue[] v = new JsonValue[own.size()];
    int i = 0;
    for (Map.Entry<String, FieldValue> f : own.entrySet()) {
      if (!reverse.contains(f.getKey())) {
        n[i] = f.getKey();
        v[i] = asId(f.getValue());
        i++;
      }
    }
    this.names = Arrays.copyOf(n, i);
    this.values = Arrays.copyOf(v, i);
  }

  static DataSnapshot of(ResourceRenderer renderer, VersionedResource e) {
    return new DataSnapshot(renderer, e, Definitions.of(e).fields(e));
  }

  /** A field as version data shows it: relations as ids. */
  private static JsonValue asId(FieldValue v) {
    if (v instanceof FieldValue.Scalar s) {
      return s.value();
    }
    if (v instanceof FieldValue.Ref r) {
      return id(r.target().get());
    }
    JsonArrayBuilder a = JSON.createArrayBuilder();
    ((FieldValue.Refs) v).targets().get().forEach(t -> a.add(id(t)));
    return a.build();
  }

  private static JsonValue id(VersionedResource target) {
    return target == null ? JsonValue.NULL : JSON.createValue(target.getId());
  }

  /** The version data: every field with sorted keys, relations as ids. */
  public JsonObject json() {
    Map<String, JsonValue> out = new TreeMap<>();
    out.put("id", JSON.createValue(id));
    out.put("version", JSON.createValue(version));
    out.put("status", JSON.createValue(deleted ? "deleted" : "active"));
    out.put("created_at", ResourceRenderer.timestamp(createdAt));
    out.put("created_by", renderer.session(createdBy));
    out.put("modified_at", ResourceRenderer.timestamp(modifiedAt));
    out.put("modified_by", renderer.session(modifiedBy));
    out.put("attributes", ResourceRenderer.attributes(attributes));
    for (int i = 0; i < names.length; i++) {
      out.put(names[i], values[i]);
    }
    JsonObjectBuilder b = JSON.createObjectBuilder();
    out.forEach(b::add);
    return b.build();
  }

  /**
   * Whether no field that a diff reports differs between this data and {@code other}'s, that is
   * whether {@code DataDiff.changedFields(json(), other.json())} is empty, without rendering
   * either.
   */
  public boolean sameTrackedData(DataSnapshot other) {
    if (!Arrays.equals(names, other.names)) {
      return DataDiff.changedFields(json(), other.json()).isEmpty(); // not the same kind of data
    }
    if (DataDiff.tracks("status") && deleted != other.deleted) {
      return false;
    }
    if (DataDiff.tracks("attributes") && !Objects.equals(attributes, other.attributes)) {
      return false;
    }
    for (int i = 0; i < names.length; i++) {
      if (DataDiff.tracks(names[i]) && !values[i].equals(other.values[i])) {
        return false;
      }
    }
    return true;
  }
}
