package fr.gouv.ban.domain.service;

import fr.gouv.ban.domain.contributor.ContributorSession;
import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ErrorCode;
import fr.gouv.ban.domain.error.ValidationFailedException;
import fr.gouv.ban.domain.error.Violations;
import fr.gouv.ban.domain.model.BanId;
import fr.gouv.ban.domain.model.Position;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.model.VersionedResource;
import fr.gouv.ban.domain.resource.BodyReader;
import fr.gouv.ban.domain.resource.DataSnapshot;
import fr.gouv.ban.domain.resource.Definitions;
import fr.gouv.ban.domain.resource.Mask;
import fr.gouv.ban.domain.resource.ResourceDefinition;
import fr.gouv.ban.domain.resource.ResourceRenderer;
import fr.gouv.ban.domain.resource.UniqueKey;
import fr.gouv.ban.domain.resource.View;
import fr.gouv.ban.domain.resource.WriteMode;
import fr.gouv.ban.domain.spi.PluginDispatcher;
import fr.gouv.ban.domain.spi.ValidationContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The write path shared by REST, batch and imports: read and validate the body, check uniqueness,
 * apply the version rule, store the entity, one version and one diff, and fire one {@link
 * ResourceChanged}. Each public method is one transaction (or joins the caller's, which is how a
 * batch stays atomic).
 */
@ApplicationScoped
@Transactional
public class ResourceService {
  @Inject private ResourceRepository repository;
  @Inject private VersionHistory history;
  @Inject private EntityReferenceResolver references;
  @Inject private ResourceRenderer renderer;
  @Inject private Redirects redirects;
  @Inject private Flags flags;
  @Inject private PluginDispatcher plugins;
  @Inject private BulkWrites bulkWrites;

  /** Options of a write: interactive writes use the defaults. */
  private WriteOptions interactive() {
    return new WriteOptions(references, false);
  }

  /** Creates a resource, or revives the soft-deleted row whose natural key it collides with. */
  public WriteResult create(ResourceKind kind, JsonObject body, ContributorSession by) {
    return createEntity(kind, body, by, interactive());
  }

  /**
   * The import form of a write, in the caller's transaction: creates the resource when {@code
   * existing} is null, revives it when deleted, otherwise applies {@code body} as a PATCH and
   * stores a version only when some field changed.
   *
   * @param existing the resource the command's key found (managed), or null
   * @return what was stored, or {@link ImportWrite#unchanged()}
   */
  @Transactional(dontRollbackOn = BanException.class)
  public ImportWrite importWrite(
      ResourceKind kind,
      VersionedResource existing,
      JsonObject body,
      ContributorSession by,
      WriteOptions options) {
    if (existing == null) {
      return ImportWrite.created(createEntity(kind, body, by, options).resource());
    }
    ResourceDefinition<VersionedResource> def = definition(kind);
    // most commands of a re-import change nothing: compare values, render only on a change
    DataSnapshot before = renderer.snapshot(existing);
    WriteMode mode = existing.isDeleted() ? WriteMode.REPLACE : WriteMode.PATCH;
    read(def, body, mode, existing, options);
    if (!existing.isDeleted() && before.sameTrackedData(renderer.snapshot(existing))) {
      return ImportWrite.unchanged(existing);
    }
    storeNewVersion(def, existing, before.json(), by, options);
    return ImportWrite.updated(existing);
  }

  /** Same as {@link #create} and renders the stored resource's single view. */
  public Rendered createAndRender(ResourceKind kind, JsonObject body, ContributorSession by) {
    WriteResult w = createEntity(kind, body, by, interactive());
    return single(w.resource(), !w.revived());
  }

  /** Same as {@link #update} and renders the stored resource's single view. */
  public Rendered updateAndRender(
      ResourceKind kind,
      String ident,
      JsonObject body,
      WriteMode mode,
      Integer ifMatch,
      ContributorSession by) {
    return single(update(kind, ident, body, mode, ifMatch, by), false);
  }

  private Rendered single(VersionedResource e, boolean created) {
    JsonObject view = renderer.render(e, Mask.all(), View.SINGLE);
    // a resource created now has no flags yet: no query for them
    return new Rendered(
        created ? flags.withNone(view) : flags.withLatest(view, e),
        e.getId(),
        e.getVersion(),
        e.isDeleted());
  }

  private WriteResult createEntity(
      ResourceKind kind, JsonObject body, ContributorSession by, WriteOptions options) {
    ResourceDefinition<VersionedResource> def = definition(kind);
    VersionedResource fresh = def.newEntity();
    read(def, body, WriteMode.CREATE, fresh, options);
    Optional<VersionedResource> deletedTwin =
        options.deferUniqueness() ? Optional.empty() : checkUnique(def, fresh, null, null);
    if (deletedTwin.isPresent()) {
      return new WriteResult(revive(def, deletedTwin.get(), body, by), true);
    }
    OffsetDateTime now = now();
    fresh.setId(BanId.newId(kind));
    fresh.setVersion(1);
    fresh.setCreatedAt(now);
    fresh.setCreatedBy(by.id());
    stamp(fresh, now, by);
    if (fresh instanceof Position p) {
      p.setSourceKind(by.contributorType().wireName());
    }
    JsonObject data = renderer.data(fresh);
    runPlugins(fresh, null, data, by);
    persist(def, fresh);
    history.record(fresh, null, data);
    return new WriteResult(fresh, false);
  }

  /**
   * Updates a resource (PATCH/POST-on-id with {@link WriteMode#PATCH}, PUT with {@link
   * WriteMode#REPLACE}). PUT on a deleted resource restores it.
   *
   * @param ifMatch the version named by an {@code If-Match} header, or null
   */
  public VersionedResource update(
      ResourceKind kind,
      String ident,
      JsonObject body,
      WriteMode mode,
      Integer ifMatch,
      ContributorSession by) {
    ResourceDefinition<VersionedResource> def = definition(kind);
    VersionedResource entity = loadForUpdate(kind, ident);
    if (entity.isDeleted() && mode != WriteMode.REPLACE) {
      throw deleted(entity);
    }
    int requested = VersionRule.requestedVersion(body, ifMatch, entity.getVersion());
    JsonObject old = renderer.data(entity);
    read(def, body, mode, entity, interactive());
    VersionRule.check(requested, entity, old, body, mode, history, renderer);
    JsonObject current = storeNewVersion(def, entity, old, by, interactive());
    redirects.recordIdentifierChanges(entity, old, current);
    return entity;
  }

  /**
   * Writes what is pending and detaches every loaded entity. A long transaction (a batch) calls it
   * between operations: without it each flush would compare every entity loaded so far, and a
   * batch's cost would grow with the square of its size.
   */
  public void settle() {
    repository.em().flush();
    repository.em().clear();
  }

  /** Soft-deletes a resource that no active row links to. */
  public void delete(ResourceKind kind, String ident, Integer ifMatch, ContributorSession by) {
    VersionedResource entity = loadForUpdate(kind, ident);
    if (entity.isDeleted()) {
      throw deleted(entity);
    }
    if (ifMatch != null && ifMatch != entity.getVersion()) {
      throw new BanException(
          ErrorCode.PRECONDITION_FAILED,
          "If-Match names version " + ifMatch + ", current is " + entity.getVersion());
    }
    repository
        .activeLink(entity)
        .ifPresent(
            relation -> {
              throw new BanException(
                  ErrorCode.STILL_LINKED, "Resource still linked by `" + relation + "`");
            });
    JsonObject old = renderer.data(entity);
    OffsetDateTime now = now();
    entity.setDeletedAt(now);
    entity.setVersion(entity.getVersion() + 1);
    stamp(entity, now, by);
    flush(definition(kind));
    history.record(entity, old, renderer.data(entity));
  }

  /** The import form of a delete: {@code entity} was found by the command's key. */
  @Transactional(dontRollbackOn = BanException.class)
  public void importDelete(VersionedResource entity, ContributorSession by) {
    delete(entity.kind(), entity.getId(), null, by);
  }

  private VersionedResource revive(
      ResourceDefinition<VersionedResource> def,
      VersionedResource twin,
      JsonObject body,
      ContributorSession by) {
    VersionedResource entity =
        repository.find(def.kind(), new Ident("id", twin.getId()), true).orElseThrow();
    JsonObject old = renderer.data(entity);
    read(def, body, WriteMode.REPLACE, entity, interactive());
    storeNewVersion(def, entity, old, by, interactive());
    return entity;
  }

  /**
   * Makes the changes read into {@code entity} its next version (active again if it was deleted):
   * checks the unique keys whose values changed, stores the row, the version and the diff. Returns
   * the new data, rendered once for all of these.
   */
  private JsonObject storeNewVersion(
      ResourceDefinition<VersionedResource> def,
      VersionedResource entity,
      JsonObject old,
      ContributorSession by,
      WriteOptions options) {
    entity.setDeletedAt(null);
    entity.setVersion(entity.getVersion() + 1);
    stamp(entity, now(), by);
    JsonObject current = renderer.data(entity);
    runPlugins(entity, old, current, by);
    if (!options.deferUniqueness()) {
      checkUnique(def, entity, old, current).ifPresent(twin -> duplicate(def, twin));
      flush(def);
    }
    history.record(entity, old, current);
    return current;
  }

  private VersionedResource loadForUpdate(ResourceKind kind, String ident) {
    return repository
        .find(kind, Ident.parse(kind, ident), true)
        .orElseThrow(() -> notFound(kind, ident));
  }

  static BanException notFound(ResourceKind kind, String ident) {
    return new BanException(
        ErrorCode.RESOURCE_NOT_FOUND,
        "Resource `" + kind.wireName() + "` with identifier `" + ident + "` not found");
  }

  private static BanException deleted(VersionedResource e) {
    return new BanException(ErrorCode.RESOURCE_DELETED, "Resource `" + e.getId() + "` is deleted");
  }

  private void read(
      ResourceDefinition<VersionedResource> def,
      JsonObject body,
      WriteMode mode,
      VersionedResource target,
      WriteOptions options) {
    BodyReader in = new BodyReader(body, mode, options.references());
    def.read(in, target);
    in.violations().throwIfAny();
  }

  /** The validation plugins of the writer's type; their failures are one 422, rules named. */
  private void runPlugins(
      VersionedResource entity, JsonObject old, JsonObject data, ContributorSession by) {
    Violations out = new Violations();
    plugins.validate(
        new ValidationContext(entity.kind(), by.contributorType(), entity, data, old), out);
    out.throwIfAny();
  }

  /**
   * Checks every unique key whose values differ between {@code old} and {@code updated} (all of
   * them on a create, where both are null); an active collision is a 422 on the key's fields.
   * Returns the soft-deleted row that collides on the natural key, if any (a create revives it).
   */
  private Optional<VersionedResource> checkUnique(
      ResourceDefinition<VersionedResource> def,
      VersionedResource entity,
      JsonObject old,
      JsonObject updated) {
    VersionedResource deletedTwin = null;
    Violations violations = new Violations();
    for (UniqueKey key : def.uniqueKeys()) {
      if (old != null
          && key.fields().stream().allMatch(f -> Objects.equals(old.get(f), updated.get(f)))) {
        continue; // unchanged values: they were unique before, and the index still guards them
      }
      if (key.fields().size() == 1 && AttributeAccess.get(entity, key.fields().get(0)) == null) {
        continue; // a missing identifier is no value: only combinations compare nulls
      }
      List<? extends VersionedResource> others = repository.collisions(entity, key);
      for (VersionedResource other : others) {
        if (other.isDeleted() && key.natural() && entity.getPk() == null) {
          deletedTwin = other;
        } else {
          for (String field : key.fields()) {
            violations.add(field, duplicateMessage(key, entity));
          }
        }
      }
    }
    violations.throwIfAny();
    return Optional.ofNullable(deletedTwin);
  }

  private static String duplicateMessage(UniqueKey key, VersionedResource entity) {
    if (key.fields().size() > 1) {
      return "Duplicate entries: " + String.join(", ", key.fields());
    }
    return "Duplicate value for "
        + key.fields().get(0)
        + ": "
        + AttributeAccess.get(entity, key.fields().get(0));
  }

  private static void duplicate(ResourceDefinition<?> def, VersionedResource other) {
    throw ValidationFailedException.of(
        def.uniqueKeys().get(0).fields().get(0), "Duplicate of deleted " + other.getId());
  }

  /**
   * Persists a new row. Interactive writes flush at once so that a unique-index violation becomes a
   * 422 naming the fields; bulk writers (flush mode COMMIT, see {@link ChunkWriter}) leave the rows
   * to the commit's JDBC batches, or to {@link BulkWrites}' COPY for the kinds it writes.
   */
  private void persist(ResourceDefinition<VersionedResource> def, VersionedResource entity) {
    BulkRows bulk = bulkWrites.current();
    if (bulk != null && BulkRows.copies(entity.kind())) {
      entity.setPk(bulkWrites.nextKey("resource_pk_seq"));
      bulk.add(entity);
      return;
    }
    repository.em().persist(entity);
    if (repository.em().getFlushMode() != FlushModeType.COMMIT) {
      flush(def);
    }
  }

  private void flush(ResourceDefinition<?> def) {
    try {
      repository.em().flush();
    } catch (PersistenceException e) {
      throw UniqueViolationTranslator.translate(e, def).orElseThrow(() -> e);
    }
  }

  private static void stamp(VersionedResource e, OffsetDateTime now, ContributorSession by) {
    e.setModifiedAt(now);
    e.setModifiedBy(by.id());
  }

  /** Microsecond precision, as stored by PostgreSQL, so stored and rendered data agree. */
  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  private static ResourceDefinition<VersionedResource> definition(ResourceKind kind) {
    @SuppressWarnings("unchecked")
    ResourceDefinition<VersionedResource> def =
        (ResourceDefinition<VersionedResource>) Definitions.of(kind);
    return def;
  }
}
