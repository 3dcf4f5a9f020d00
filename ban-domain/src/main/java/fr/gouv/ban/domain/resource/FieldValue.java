package fr.gouv.ban.domain.resource;

import fr.gouv.ban.domain.model.VersionedResource;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.function.Supplier;

/** A field of a resource as the renderer sees it: a plain value, or a link to resources. */
public sealed interface FieldValue {
  /** A JSON value rendered as is. */
  record Scalar(JsonValue value) implements FieldValue {}

  /**
   * A link to one resource (or none), rendered as its id or expanded by a field mask. Read lazily:
   * a relation that the mask leaves out is never loaded.
   */
  record Ref(Supplier<? extends VersionedResource> target) implements FieldValue {}

  /** Links to several resources, rendered as ids or expanded objects; read lazily. */
  record Refs(Supplier<List<? extends VersionedResource>> targets) implements FieldValue {}
}
