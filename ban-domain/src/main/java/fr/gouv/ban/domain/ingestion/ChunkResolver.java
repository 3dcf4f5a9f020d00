package fr.gouv.ban.domain.ingestion;

import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.Violations;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.model.VersionedResource;
import fr.gouv.ban.domain.resource.Definitions;
import fr.gouv.ban.domain.resource.ReferenceResolver;
import fr.gouv.ban.domain.resource.ResourceDefinition;
import fr.gouv.ban.domain.service.AttributeAccess;
import fr.gouv.ban.domain.service.Ident;
import fr.gouv.ban.domain.spi.ChangeCommand;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the resources that one chunk's commands name, by key or by reference, with one query per
 * (kind, identifier) for the whole chunk instead of one per command; then from memory. Resources
 * the chunk creates are registered, so later commands of the same chunk find them. Lives for one
 * transaction (its entities are managed by that transaction's persistence context).
 */
final class ChunkResolver implements ReferenceResolver {
  private static final int IN_LIST = 1000;

  private final EntityManager em;

  /**
   * {@link IdentKey} or {@link FieldsKey} to what it found; an empty Optional marks a value looked
   * up and found in no row.
   */
  private final Map<Object, Optional<VersionedResource>> known = new HashMap<>();

  /** A lookup by one identifier; a record, so that no key text is built and hashed per lookup. */
  private record IdentKey(ResourceKind kind, String name, String value) {}

  /** A lookup by the fields of a natural key (JSON equality: the same fields in any order). */
  private record FieldsKey(ResourceKind kind, JsonObject fields) {}

  ChunkResolver(EntityManager em) {
    this.em = em;
  }

  /** Loads every resource the commands name by a single identifier, in a few queries. */
  void prefetch(List<ChangeCommand> commands) {
    Map<ResourceKind, Map<String, Set<String>>> wanted = new HashMap<>();
    for (ChangeCommand c : commands) {
      want(wanted, c.kind(), c.key());
      ResourceDefinition<?> def = Definitions.of(c.kind());
      for (var rel : def.relations().entrySet()) {
        JsonValue v = c.body().get(rel.getKey());
        if (v instanceof JsonString s) {
          wantIdent(wanted, rel.getValue(), s.getString());
        }
      }
    }
    wanted.forEach((kind, byName) -> byName.forEach((name, values) -> load(kind, name, values)));
  }

  private static void want(
      Map<ResourceKind, Map<String, Set<String>>> wanted, ResourceKind kind, JsonObject key) {
    singleIdent(kind, key)
        .ifPresent(
            ident ->
                wanted
                    .computeIfAbsent(kind, k -> new HashMap<>())
                    .computeIfAbsent(ident.name(), k -> new HashSet<>())
                    .add(ident.value()));
  }

  /** The key as one identifier ({@code {"ign": "..."}}), when it is one. */
  private static Optional<Ident> singleIdent(ResourceKind kind, JsonObject key) {
    if (key.size() == 1) {
      var e = key.entrySet().iterator().next();
      if (e.getValue() instanceof JsonString s && isIdentifier(kind, e.getKey())) {
        return Optional.of(new Ident(e.getKey(), s.getString()));
      }
    }
    return Optional.empty();
  }

  private static void wantIdent(
      Map<ResourceKind, Map<String, Set<String>>> wanted, ResourceKind kind, String text) {
    Ident ident;
    try {
      ident = Ident.parse(kind, text);
    } catch (BanException e) {
      return; // reported when the command is applied
    }
    wanted
        .computeIfAbsent(kind, k -> new HashMap<>())
        .computeIfAbsent(ident.name(), k -> new HashSet<>())
        .add(ident.value());
  }

  private static boolean isIdentifier(ResourceKind kind, String name) {
    return "id".equals(name) || kind.identifiers().contains(name);
  }

  private void load(ResourceKind kind, String name, Set<String> values) {
    List<String> missing = new ArrayList<>();
    for (String v : values) {
      if (!known.containsKey(cacheKey(kind, name, v))) {
        missing.add(v);
      }
    }
    ResourceDefinition<?> def = Definitions.of(kind);
    for (int i = 0; i < missing.size(); i += IN_LIST) {
      List<String> part = missing.subList(i, Math.min(missing.size(), i + IN_LIST));
      // identifiers other than natural keys are unique among active rows only, and deleted rows
      // holding them neither match nor revive (decision 15): the partial unique index serves this
      String activeOnly = isNatural(def, name) ? "" : " and e.deletedAt is null";
      TypedQuery<? extends VersionedResource> q =
          em.createQuery(
              "select e from " + def.entityName() + " e where e." + name + " in :v" + activeOnly,
              def.entityClass());
      q.setParameter("v", part);
      // the collections rendered in version data, loaded for the whole chunk at once; a single
      // reference names a row that the chunk has mostly loaded already (its commands name the
      // same parents): it is found by primary key in the persistence context, without the
      // cost of a batch read, which re-reads every target and then searches its results
      q.setHint("eclipselink.batch.type", "IN");
      for (String rel : def.relations().keySet()) {
        if (!def.reverseRelations().contains(rel) && isCollection(def, rel)) {
          q.setHint("eclipselink.batch", "e." + rel);
        }
      }
      for (VersionedResource found : q.getResultList()) {
        IdentKey k = cacheKey(kind, name, String.valueOf(AttributeAccess.get(found, name)));
        Optional<VersionedResource> prior = known.get(k);
        if (prior == null || prior.isEmpty() || (prior.get().isDeleted() && !found.isDeleted())) {
          known.put(k, Optional.of(found)); // an active row wins over a deleted one
        }
      }
    }
    for (String v : missing) {
      known.putIfAbsent(cacheKey(kind, name, v), Optional.empty());
    }
  }

  private boolean isCollection(ResourceDefinition<?> def, String relation) {
    return em.getMetamodel().entity(def.entityClass()).getAttribute(relation).isCollection();
  }

  private static boolean isNatural(ResourceDefinition<?> def, String name) {
    return "id".equals(name)
        || def.uniqueKeys().stream()
            .anyMatch(k -> k.natural() && k.fields().size() == 1 && k.fields().get(0).equals(name));
  }

  /**
   * The resource a command's key names (deleted rows included), if any. A key is one identifier
   * ({@code {"ign": "..."}}) or the fields of a natural key, references given as identifiers.
   */
  Optional<VersionedResource> find(ResourceKind kind, JsonObject key, Violations out) {
    Optional<Ident> ident = singleIdent(kind, key);
    if (ident.isPresent()) {
      return byIdent(kind, ident.get());
    }
    FieldsKey k = new FieldsKey(kind, key);
    Optional<VersionedResource> cached = known.get(k);
    if (cached == null) {
      cached = byFields(kind, key, out);
      if (!out.isEmpty()) {
        return Optional.empty();
      }
      known.put(k, cached);
    }
    return cached;
  }

  private Optional<VersionedResource> byIdent(ResourceKind kind, Ident ident) {
    IdentKey k = cacheKey(kind, ident.name(), ident.value());
    if (!known.containsKey(k)) {
      load(kind, ident.name(), Set.of(ident.value()));
    }
    return known.get(k);
  }

  private Optional<VersionedResource> byFields(ResourceKind kind, JsonObject key, Violations out) {
    ResourceDefinition<?> def = Definitions.of(kind);
    StringBuilder jpql =
        new StringBuilder("select e from ").append(def.entityName()).append(" e where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    for (var field : key.entrySet()) {
      String name = field.getKey();
      JsonValue value = field.getValue();
      Object param;
      ResourceKind target = def.relations().get(name);
      if (value == JsonValue.NULL) {
        jpql.append(" and e.").append(name).append(" is null");
        continue;
      } else if (target != null) {
        param = resolve(target, VersionedResource.class, name, value, out);
      } else if (value instanceof JsonString s) {
        param = s.getString();
      } else {
        param = value.toString();
      }
      if (param == null) {
        return Optional.empty();
      }
      String p = "p" + params.size();
      jpql.append(" and e.").append(name).append(" = :").append(p);
      params.put(p, param);
    }
    jpql.append(" order by e.deletedAt desc nulls first");
    TypedQuery<? extends VersionedResource> q =
        em.createQuery(jpql.toString(), def.entityClass()).setMaxResults(1);
    params.forEach(q::setParameter);
    return q.getResultList().stream().findFirst().map(VersionedResource.class::cast);
  }

  /** Makes a resource created by this chunk findable by its id and identifiers, and by key. */
  void register(VersionedResource e, JsonObject key) {
    ResourceKind kind = e.kind();
    Optional<VersionedResource> found = Optional.of(e);
    known.put(cacheKey(kind, "id", e.getId()), found);
    for (String name : kind.identifiers()) {
      Object v = AttributeAccess.get(e, name);
      if (v != null) {
        known.put(cacheKey(kind, name, v.toString()), found);
      }
    }
    known.put(new FieldsKey(kind, key), found);
  }

  @Override
  public <T extends VersionedResource> T resolve(
      ResourceKind kind, Class<T> type, String field, JsonValue value, Violations out) {
    Optional<VersionedResource> found;
    Object shown; // rendered as text only in a message: most references are found
    if (value instanceof JsonString s) {
      shown = s.getString();
      try {
        found = byIdent(kind, Ident.parse(kind, s.getString()));
      } catch (BanException e) {
        out.add(field, e.getMessage());
        return null;
      }
    } else if (value instanceof JsonObject o && o.get("id") instanceof JsonString id) {
      shown = id.getString();
      found = byIdent(kind, Ident.parse(kind, id.getString()));
    } else if (value instanceof JsonObject o && !o.isEmpty()) {
      shown = o;
      Violations inner = new Violations();
      found = find(kind, o, inner);
      inner.asMap().forEach((f, m) -> out.add(field, m));
    } else {
      out.add(field, "Must be a reference: a ban id, name:value or the fields of a natural key");
      return null;
    }
    if (found.isEmpty()) {
      out.add(
          field, "Resource `" + kind.wireName() + "` with identifier `" + shown + "` not found");
      return null;
    }
    if (found.get().isDeleted()) {
      out.add(field, "Resource `" + kind.wireName() + "` `" + found.get().getId() + "` is deleted");
      return null;
    }
    return type.cast(found.get());
  }

  private static IdentKey cacheKey(ResourceKind kind, String name, String value) {
    return new IdentKey(kind, name, value);
  }
}
