package fr.gouv.ban.domain.spi;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.model.VersionedResource;
import jakarta.json.JsonObject;
import java.util.Objects;

/**
 * What a {@link ValidationPlugin} sees of one write.
 *
 * @param kind the kind of resource written
 * @param writer the contributor type the write is made under
 * @param resource the entity as it will be stored (relations loaded); read it, never change it
 * @param data the version data that will be stored: the canonical JSON of the resource's fields
 *     ({@code "parent": "ban-group-..."}, {@code "center": {"type":"Point",...}}, absent = null)
 * @param previous the current version's data before this write, or null on a create
 */
public record ValidationContext(
    ResourceKind kind,
    ContributorType writer,
    VersionedResource resource,
    JsonObject data,
    JsonObject previous) {
  public ValidationContext {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(writer, "writer");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(data, "data");
  }

  /** Whether this write creates the resource. */
  public boolean isCreate() {
    return previous == null;
  }

  /** A text field of {@link #data()}, or null when absent or not a string. */
  public String text(String field) {
    return data.get(field) instanceof jakarta.json.JsonString s ? s.getString() : null;
  }
}
