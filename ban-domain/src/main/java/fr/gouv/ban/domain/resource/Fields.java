package fr.gouv.ban.domain.resource;

import static fr.gouv.ban.domain.Jsonp.JSON;

import fr.gouv.ban.domain.model.GeoPoint;
import fr.gouv.ban.domain.model.VersionedResource;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Builds the ordered field map of a resource for the renderer. */
final class Fields {
  private final Map<String, FieldValue> out = new LinkedHashMap<>();

  Fields text(String name, String value) {
    out.put(name, new FieldValue.Scalar(value == null ? JsonValue.NULL : JSON.createValue(value)));
    return this;
  }

  Fields list(String name, List<String> values) {
    JsonArrayBuilder b = JSON.createArrayBuilder();
    if (values != null) {
      values.forEach(b::add);
    }
    out.put(name, new FieldValue.Scalar(b.build()));
    return this;
  }

  Fields point(String name, GeoPoint p) {
    JsonValue v =
        p == null
            ? JsonValue.NULL
            : JSON.createObjectBuilder()
                .add("type", "Point")
                .add("coordinates", JSON.createArrayBuilder().add(p.lon()).add(p.lat()))
                .build();
    out.put(name, new FieldValue.Scalar(v));
    return this;
  }

  Fields ref(String name, Supplier<? extends VersionedResource> target) {
    out.put(name, new FieldValue.Ref(target));
    return this;
  }

  Fields refs(String name, Supplier<List<? extends VersionedResource>> targets) {
    out.put(name, new FieldValue.Refs(targets));
    return this;
  }

  Map<String, FieldValue> build() {
    return out;
  }
}
