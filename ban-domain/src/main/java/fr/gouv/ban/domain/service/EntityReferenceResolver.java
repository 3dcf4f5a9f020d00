package fr.gouv.ban.domain.service;

import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.Violations;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.model.VersionedResource;
import fr.gouv.ban.domain.resource.ReferenceResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;

/** Resolves body references against the database; only active resources may be referenced. */
@ApplicationScoped
public class EntityReferenceResolver implements ReferenceResolver {
  @Inject private ResourceRepository repository;

  @Override
  public <T extends VersionedResource> T resolve(
      ResourceKind kind, Class<T> type, String field, JsonValue value, Violations out) {
    String text = referenceText(value);
    if (text == null || text.isEmpty()) {
      out.add(field, "Must be a reference: a ban id, name:value or an object with an id");
      return null;
    }
    Optional<VersionedResource> found;
    try {
      found = repository.find(kind, Ident.parse(kind, text));
    } catch (BanException e) {
      out.add(field, e.getMessage());
      return null;
    }
    if (found.isEmpty()) {
      out.add(field, "Resource `" + kind.wireName() + "` with identifier `" + text + "` not found");
      return null;
    }
    VersionedResource target = found.get();
    if (target.isDeleted()) {
      out.add(
          field, "Resource `" + kind.wireName() + "` with id `" + target.getId() + "` is deleted");
      return null;
    }
    return type.cast(target);
  }

  private static String referenceText(JsonValue value) {
    if (value instanceof JsonString s) {
      return s.getString();
    }
    if (value instanceof JsonObject o && o.get("id") instanceof JsonString id) {
      return id.getString();
    }
    return null;
  }
}
