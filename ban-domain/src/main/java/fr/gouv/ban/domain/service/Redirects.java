package fr.gouv.ban.domain.service;

import fr.gouv.ban.domain.error.ValidationFailedException;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.model.VersionedResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Former identifiers of resources. A lookup that finds nothing follows them; an update that changes
 * an identifier field records the old value.
 */
@ApplicationScoped
public class Redirects {
  @PersistenceContext(unitName = "ban")
  private EntityManager em;

  @Inject private ResourceRepository repository;

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

  /** The redirects that lead to {@code targetId}, as {@code name:value}, sorted. */
  @SuppressWarnings("unchecked")
  public List<String> of(ResourceKind kind, String targetId) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select identifier, value from redirect where resource = ?1 and target_id = ?2"
                    + " order by identifier, value")
            .setParameter(1, kind.wireName())
            .setParameter(2, targetId)
            .getResultList();
    return rows.stream().map(r -> r[0] + ":" + r[1]).toList();
  }

  /**
   * Adds the redirect {@code name:value} to {@code target} ({@code PUT
   * .../redirects/{name}:{value}}). When {@code name:value} is the current identifier of another
   * resource, that resource's own redirects move to {@code target} as well, so that chains stay one
   * hop long.
   *
   * @throws ValidationFailedException (422) for an unknown identifier name, an empty value, or a
   *     redirect to the target's own identifier
   */
  @Transactional
  public void put(ResourceKind kind, VersionedResource target, String redirect) {
    Ident ident = parseRedirect(kind, redirect);
    Optional<VersionedResource> current =
        repository.find(kind, ident, false).filter(e -> !e.isDeleted());
    if (current.isPresent() && current.get().getId().equals(target.getId())) {
      throw ValidationFailedException.of("redirect", "Redirect cannot point to itself");
    }
    add(kind, ident.name(), ident.value(), target.getId());
    current.ifPresent(other -> moveTargets(kind, other.getId(), target.getId()));
  }

  /** Removes one redirect to {@code target}; false if there was none. */
  @Transactional
  public boolean remove(ResourceKind kind, VersionedResource target, String redirect) {
    Ident ident = parseRedirect(kind, redirect);
    return em.createNativeQuery(
                "delete from redirect where resource = ?1 and identifier = ?2 and value = ?3"
                    + " and target_id = ?4")
            .setParameter(1, kind.wireName())
            .setParameter(2, ident.name())
            .setParameter(3, ident.value())
            .setParameter(4, target.getId())
            .executeUpdate()
        > 0;
  }

  /** Points every redirect to {@code from} at {@code to} instead. */
  public void moveTargets(ResourceKind kind, String from, String to) {
    em.createNativeQuery(
            "insert into redirect (resource, identifier, value, target_id) select resource,"
                + " identifier, value, ?3 from redirect where resource = ?1 and target_id = ?2"
                + " on conflict do nothing")
        .setParameter(1, kind.wireName())
        .setParameter(2, from)
        .setParameter(3, to)
        .executeUpdate();
    em.createNativeQuery("delete from redirect where resource = ?1 and target_id = ?2")
        .setParameter(1, kind.wireName())
        .setParameter(2, from)
        .executeUpdate();
  }

  private static Ident parseRedirect(ResourceKind kind, String redirect) {
    int colon = redirect.indexOf(':');
    String name = colon < 0 ? redirect : redirect.substring(0, colon);
    if (colon < 0 || (!"id".equals(name) && !kind.identifiers().contains(name))) {
      throw ValidationFailedException.of("redirect", "Invalid identifier: " + name);
    }
    String value = redirect.substring(colon + 1);
    if (value.isBlank()) {
      throw ValidationFailedException.of("redirect", "Invalid identifier value: empty");
    }
    return new Ident(name, value);
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
