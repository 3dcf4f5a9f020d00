package fr.gouv.ban.domain.ingestion;

import static fr.gouv.ban.domain.Jsonp.JSON;

import fr.gouv.ban.domain.contributor.ContributorSession;
import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ValidationFailedException;
import fr.gouv.ban.domain.error.Violations;
import fr.gouv.ban.domain.model.VersionedResource;
import fr.gouv.ban.domain.persistence.CustomPlans;
import fr.gouv.ban.domain.service.BulkWrites;
import fr.gouv.ban.domain.service.Flags;
import fr.gouv.ban.domain.service.ImportWrite;
import fr.gouv.ban.domain.service.ResourceService;
import fr.gouv.ban.domain.service.VersionHistory;
import fr.gouv.ban.domain.service.WriteOptions;
import fr.gouv.ban.domain.spi.ChangeCommand;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The transactions of an import. {@link #chunk} applies many commands in one transaction, resolving
 * keys and references in bulk and leaving uniqueness to the unique indexes at the final flush (JDBC
 * batches); {@link #one} applies a single command with every interactive check, to report exactly
 * why it fails. Commands rejected by validation are reported by {@link #chunk} and leave the
 * transaction to be rolled back, so the caller replays the chunk without them.
 */
@ApplicationScoped
public class ImportTransactions {
  @PersistenceContext(unitName = "ban")
  private EntityManager em;

  @Inject private ResourceService service;
  @Inject private Flags flags;
  @Inject private VersionHistory history;
  @Inject private BulkWrites bulk;

  @Resource private TransactionSynchronizationRegistry registry;

  /**
   * Applies {@code commands} in one new transaction. If any is rejected, nothing is committed and
   * the result lists the rejections (the others' outcomes are then meaningless); otherwise
   * everything is committed. A unique index violation at the flush is thrown.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public List<Applied> chunk(List<ChangeCommand> commands, ContributorSession by) {
    bulkMode();
    ChunkResolver resolver = new ChunkResolver(em);
    CustomPlans.forLookups(em);
    resolver.prefetch(commands);
    WriteOptions options = new WriteOptions(resolver, true);
    List<Applied> out = new ArrayList<>(commands.size());
    boolean rejected = false;
    for (ChangeCommand c : commands) {
      Applied a = apply(c, resolver, options, by);
      rejected |= a.outcome() == CommandOutcome.REJECTED;
      out.add(a);
    }
    if (rejected) {
      registry.setRollbackOnly();
      return out;
    }
    history.numberPendingDiffs();
    bulk.flush(changed(out));
    flag(out, by);
    return out;
  }

  /**
   * Applies every chunk in one new transaction with the interactive checks, reports each command's
   * outcome to {@code sink}, and rolls everything back: a dry run. Rejected commands do not doom
   * the transaction (the write path leaves it usable); chunks are flushed and forgotten one after
   * the other, so memory stays that of one chunk while later chunks see earlier ones. Duplicates
   * within one chunk that only the unique indexes see stop the dry run with their error.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void dryRun(
      Iterator<List<ChangeCommand>> chunks, ContributorSession by, Consumer<Applied> sink) {
    bulkMode();
    try {
      while (chunks.hasNext()) {
        List<ChangeCommand> chunk = chunks.next();
        ChunkResolver resolver = new ChunkResolver(em);
        CustomPlans.forLookups(em); // the previous chunk's flush switched back
        resolver.prefetch(chunk);
        WriteOptions options = new WriteOptions(resolver, true);
        List<Applied> applied = new ArrayList<>(chunk.size());
        for (ChangeCommand c : chunk) {
          Applied a = apply(c, resolver, options, by);
          applied.add(a);
          sink.accept(a);
        }
        bulk.flush(changed(applied));
        em.clear();
        history.forgetPending();
      }
    } finally {
      registry.setRollbackOnly();
    }
  }

  /**
   * Puts the transaction in bulk mode: no flush before queries, new rows written by COPY. Each
   * chunk's lookups are then planned for the tables as the import has grown them ({@link
   * CustomPlans#forLookups}) until the flush switches back for the writes.
   */
  private void bulkMode() {
    em.setFlushMode(FlushModeType.COMMIT);
    bulk.begin();
  }

  /**
   * Refreshes the planner statistics of the tables an import looks up, in a transaction of its own.
   * A table that an import grows from empty keeps, until its next ANALYZE, the plans made while it
   * was empty: the foreign key checks of each COPY (cached per connection) and the driver's
   * prepared lookups then scan the whole table for every row. Autovacuum analyzes at most once a
   * minute, so {@link Importer} asks for it each time the import has doubled what it wrote. The
   * versions and diffs are only appended to by an import (and their JSON columns are the costly
   * part of an ANALYZE): autovacuum's pace suits them.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void analyze() {
    em.createNativeQuery(
            "analyze municipality, postcode, address_group, housenumber, housenumber_ancestor,"
                + " position")
        .executeUpdate();
  }

  /** Applies one command in its own transaction with the interactive checks. */
  @Transactional(TxType.REQUIRES_NEW)
  public Applied one(ChangeCommand command, ContributorSession by) {
    ChunkResolver resolver = new ChunkResolver(em);
    Applied a = apply(command, resolver, new WriteOptions(resolver, false), by);
    if (a.outcome() == CommandOutcome.REJECTED) {
      registry.setRollbackOnly();
      return a;
    }
    em.flush();
    flag(List.of(a), by);
    return a;
  }

  private Applied apply(
      ChangeCommand c, ChunkResolver resolver, WriteOptions options, ContributorSession by) {
    Violations keyProblems = new Violations();
    Optional<VersionedResource> existing = resolver.find(c.kind(), c.key(), keyProblems);
    if (!keyProblems.isEmpty()) {
      return Applied.rejected(c, new ValidationFailedException(keyProblems).summary());
    }
    try {
      if (c.action() == ChangeCommand.Action.DELETE) {
        if (existing.isEmpty() || existing.get().isDeleted()) {
          return new Applied(c, CommandOutcome.UNCHANGED, null, null);
        }
        service.importDelete(existing.get(), by);
        return new Applied(c, CommandOutcome.DELETED, null, existing.get());
      }
      ImportWrite w = service.importWrite(c.kind(), existing.orElse(null), withKey(c), by, options);
      if (w.outcome() == ImportWrite.Outcome.CREATED) {
        resolver.register(w.resource(), c.key());
        return new Applied(c, CommandOutcome.CREATED, null, w.resource());
      }
      return new Applied(
          c,
          w.outcome() == ImportWrite.Outcome.UPDATED
              ? CommandOutcome.UPDATED
              : CommandOutcome.UNCHANGED,
          null,
          w.resource());
    } catch (ValidationFailedException e) {
      return Applied.rejected(c, e.summary());
    } catch (BanException e) {
      return Applied.rejected(c, e.getMessage());
    }
  }

  /** The existing resources that the commands changed: they may now reference created ones. */
  private static List<VersionedResource> changed(List<Applied> applied) {
    List<VersionedResource> out = new ArrayList<>();
    for (Applied a : applied) {
      if (a.outcome() == CommandOutcome.UPDATED || a.outcome() == CommandOutcome.DELETED) {
        out.add(a.resource());
      }
    }
    return out;
  }

  /** The body with the key's fields: a key names the resource and is part of what is written. */
  private static JsonObject withKey(ChangeCommand c) {
    JsonObjectBuilder b = JSON.createObjectBuilder(c.body());
    c.key().forEach(b::add);
    return b.build();
  }

  private void flag(List<Applied> applied, ContributorSession by) {
    for (Applied a : applied) {
      if (a.command().flag()
          && (a.outcome() == CommandOutcome.CREATED || a.outcome() == CommandOutcome.UPDATED)) {
        flags.flagCurrent(a.resource(), by);
      }
    }
  }
}
