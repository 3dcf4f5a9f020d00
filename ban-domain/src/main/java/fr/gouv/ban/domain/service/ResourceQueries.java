package fr.gouv.ban.domain.service;

import static fr.gouv.ban.domain.Jsonp.JSON;

import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ErrorCode;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.model.VersionedResource;
import fr.gouv.ban.domain.resource.Definitions;
import fr.gouv.ban.domain.resource.Mask;
import fr.gouv.ban.domain.resource.ResourceDefinition;
import fr.gouv.ban.domain.resource.ResourceRenderer;
import fr.gouv.ban.domain.resource.View;
import fr.gouv.ban.domain.versioning.VersionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The read side: lookups that follow redirects, and filtered, paged collections whose relations are
 * batch-loaded (one query per relation path, never one per row).
 */
@ApplicationScoped
public class ResourceQueries {
  private static final String BATCH = "eclipselink.batch";
  private static final String BATCH_TYPE = "eclipselink.batch.type";

  @PersistenceContext(unitName = "ban")
  private EntityManager em;

  @Inject private ResourceRepository repository;
  @Inject private Redirects redirects;
  @Inject private ResourceRenderer renderer;
  @Inject private VersionHistory history;
  @Inject private Flags flags;

  /** The single view of a resource (deleted ones included: the caller answers 410). */
  public Rendered single(ResourceKind kind, String ident, Mask mask) {
    VersionedResource e = get(kind, ident, batchPaths(kind, mask, false));
    JsonObject view = renderer.render(e, mask, View.SINGLE);
    return new Rendered(
        mask.hasStar() ? flags.withLatest(view, e) : view,
        e.getId(),
        e.getVersion(),
        e.isDeleted());
  }

  /** One page of a collection, rendered as collection items. */
  public RenderedPage page(CollectionRequest request) {
    Page page = list(request);
    View view = request.items() ? View.COLLECTION_ITEM : View.SINGLE;
    List<JsonObject> items =
        page.items().stream().map(e -> renderer.render(e, request.mask(), view)).toList();
    return new RenderedPage(items, page.total());
  }

  /** The versions of a resource, oldest first, each as {@code {data, flags, period}}. */
  public RenderedPage versions(ResourceKind kind, String ident, int offset, int limit) {
    VersionedResource e = get(kind, ident);
    List<VersionEntity> versions = history.list(e, offset, limit + 1);
    List<VersionEntity> shown = versions.subList(0, Math.min(limit, versions.size()));
    Map<Integer, JsonArray> flagged =
        flags.ofVersions(e, shown.stream().map(VersionEntity::getSequential).toList());
    List<JsonObject> items = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      OffsetDateTime to =
          i + 1 < versions.size()
              ? versions.get(i + 1).getValidFrom()
              : history.validTo(e, versions.get(i).getSequential()).orElse(null);
      items.add(versionView(shown.get(i), to, flagged.get(shown.get(i).getSequential())));
    }
    return new RenderedPage(items, history.count(e));
  }

  /**
   * One version, by number ({@code 3}) or by instant ({@code 2015-06-01}, {@code
   * 2015-06-01T10:00:00}, naive values in UTC).
   */
  public JsonObject version(ResourceKind kind, String ident, String reference) {
    VersionedResource e = get(kind, ident);
    Optional<VersionEntity> v;
    if (reference.matches("\\d{1,9}")) {
      v = history.byNumber(e, Integer.parseInt(reference));
    } else {
      v = VersionInstant.parse(reference).flatMap(at -> history.at(e, at));
    }
    VersionEntity found =
        v.orElseThrow(
            () ->
                new BanException(
                    ErrorCode.VERSION_NOT_FOUND,
                    "Version reference `" + reference + "` not found"));
    return versionView(
        found,
        history.validTo(e, found.getSequential()).orElse(null),
        flags.ofVersions(e, List.of(found.getSequential())).get(found.getSequential()));
  }

  private static JsonObject versionView(VersionEntity v, OffsetDateTime to, JsonArray flags) {
    return JSON.createObjectBuilder()
        .add("data", VersionHistory.parse(v.getData()))
        .add("flags", flags)
        .add(
            "period",
            JSON.createObjectBuilder()
                .add("from", ResourceRenderer.timestamp(v.getValidFrom()))
                .add("to", to == null ? JsonValue.NULL : ResourceRenderer.timestamp(to)))
        .build();
  }

  /**
   * Finds a resource by identifier, deleted ones included (the caller answers 410 with them).
   *
   * @throws RedirectedException when only former identifiers match
   */
  public VersionedResource get(ResourceKind kind, String identText) {
    return get(kind, identText, Set.of());
  }

  private VersionedResource get(ResourceKind kind, String identText, Set<String> fetch) {
    Ident ident;
    try {
      ident = Ident.parse(kind, identText);
    } catch (BanException e) {
      throw new BanException(ErrorCode.RESOURCE_NOT_FOUND, e.getMessage());
    }
    return repository
        .findFetching(kind, ident, fetch)
        .orElseGet(
            () -> {
              List<String> targets = redirects.targets(kind, ident);
              if (!targets.isEmpty()) {
                throw new RedirectedException(kind, targets);
              }
              throw ResourceService.notFound(kind, identText);
            });
  }

  public Page list(CollectionRequest request) {
    ResourceDefinition<?> def = Definitions.of(request.kind());
    CollectionFilter filter = new CollectionFilter(def, request.parameters(), repository);
    String where = filter.whereClause();
    long total =
        filter
            .bind(
                em.createQuery(
                    "select count(e) from " + def.entityName() + " e" + where, Long.class))
            .getSingleResult();
    if (filter.matchesNothing() || total == 0) {
      return new Page(List.of(), total);
    }
    TypedQuery<? extends VersionedResource> q =
        filter.bind(
            em.createQuery(
                "select e from "
                    + def.entityName()
                    + " e"
                    + where
                    + " order by "
                    + def.defaultOrder(),
                def.entityClass()));
    q.setFirstResult(request.offset()).setMaxResults(request.limit());
    for (String path : batchPaths(request.kind(), request.mask(), request.items())) {
      q.setHint(BATCH, "e." + path);
    }
    q.setHint(BATCH_TYPE, "IN");
    return new Page(new ArrayList<>(q.getResultList()), total);
  }

  /**
   * Relation paths the rendering of {@code mask} will touch. A relation shown only as an id still
   * needs its target loaded (its public id lives in the target row).
   */
  static Set<String> batchPaths(ResourceKind kind, Mask mask, boolean items) {
    Set<String> out = new LinkedHashSet<>();
    collect(kind, mask, "", items, out, 0);
    return out;
  }

  private static void collect(
      ResourceKind kind, Mask mask, String prefix, boolean items, Set<String> out, int depth) {
    ResourceDefinition<?> def = Definitions.of(kind);
    for (var rel : def.relations().entrySet()) {
      String name = rel.getKey();
      boolean byDefault =
          mask.hasStar()
              && !(items
                  && (def.reverseRelations().contains(name)
                      || def.collectionExclusions().contains(name)));
      boolean explicit = false;
      for (String f : mask.explicitFields()) {
        explicit |= f.equals(name);
      }
      if (!byDefault && !explicit) {
        continue;
      }
      out.add(prefix + name);
      Mask sub = mask.sub(name);
      if (!sub.isEmpty() && depth < 3) {
        collect(rel.getValue(), sub, prefix + name + ".", false, out, depth + 1);
      }
    }
  }
}
