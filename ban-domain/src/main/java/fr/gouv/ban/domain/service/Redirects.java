package fr.gouv.ban.domain.service;

import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.model.VersionedResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Former identifiers of resources. A lookup that finds nothing follows them; an update that changes
 * an identifier field records the old value.
 */
@ApplicationScoped
public class Redirects {
  @PersistenceContext(unitName = "ban")
  private EntityManager em;

  /** Records {@code name:old} for each identifier whose non-empty value changed. */
  public void recordIdentifierChanges(VersionedResource e, JsonObject old, JsonObject current) {
    for (String name : e.kind().identifiers()) {
      String before = text(old.get(name));
      String after = text(current.get(name));
      if (before != null && after != null && !before.equals(after)) {
        add(e.kind(), name, before, e.getId());
      }
    }
  }

  public void add(ResourceKind kind, String name, String value, String targetId) {
    em.createNativeQuery(
            "insert into redirect (resource, identifier, value, target_id) values (?1, ?2, ?3, ?4)"
                + " on conflict do nothing")
        .setParameter(1, kind.wireName())
        .setParameter(2, name)
        .setParameter(3, value)
        .setParameter(4, targetId)
        .executeUpdate();
  }

  /** Ids of the resources that {@code name:value} redirects to. */
  @SuppressWarnings("unchecked")
  public List<String> targets(ResourceKind kind, Ident ident) {
    return em.createNativeQuery(
            "select target_id from redirect where resource = ?1 and identifier = ?2"
                + " and value = ?3 order by target_id")
        .setParameter(1, kind.wireName())
        .setParameter(2, ident.name())
        .setParameter(3, ident.value())
        .getResultList();
  }

  private static String text(JsonValue v) {
    return v instanceof JsonString s && !s.getString().isEmpty() ? s.getString() : null;
  }
}
