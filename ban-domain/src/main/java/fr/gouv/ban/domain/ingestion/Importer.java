package fr.gouv.ban.domain.ingestion;

import fr.gouv.ban.domain.contributor.ContributorSession;
import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ErrorCode;
import fr.gouv.ban.domain.spi.ChangeCommand;
import fr.gouv.ban.domain.spi.IngestionContext;
import fr.gouv.ban.domain.spi.IngestionPlugin;
import fr.gouv.ban.domain.spi.PluginDispatcher;
import fr.gouv.ban.domain.spi.SourceDescriptor;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Runs imports: an ingestion plugin reads the file into change commands, applied in chunks of
 * {@code chunkSize} commands, each chunk one transaction through the write path.
 *
 * <p>A chunk first runs fast (keys and references resolved in bulk, uniqueness left to the unique
 * indexes). Commands rejected by validation are reported and the chunk is replayed without them; a
 * chunk that fails as a whole (a unique index at the flush) is split in halves until the failing
 * command, which is applied alone with every interactive check so that its reason is exact.
 *
 * <p>Chunks commit one after the other: an import stopped half-way leaves whole chunks applied, and
 * running it again completes it (what was imported is unchanged and writes nothing). A file of at
 * most one chunk is all or nothing.
 */
@ApplicationScoped
public class Importer {
  private static final System.Logger LOG = System.getLogger(Importer.class.getName());

  /** Rows written before the first statistics refresh; then each time they double. */
  private static final long ANALYZE_FIRST = 1_000;

  @Inject private PluginDispatcher plugins;
  @Inject private ImportTransactions transactions;

  /** Reads the file ahead of the writes ({@link ReadAhead}). */
  @Resource private ManagedThreadFactory threads;

  private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

  /**
   * Checks that some plugin reads {@code kind} files.
   *
   * @throws BanException {@code IMPORT_KIND_UNKNOWN} naming the known kinds
   */
  public void requireKind(String kind) {
    if (!plugins.importKinds().contains(kind)) {
      throw unknownKind(kind);
    }
  }

  private BanException unknownKind(String kind) {
    return new BanException(
        ErrorCode.IMPORT_KIND_UNKNOWN,
        "No import plugin reads `" + kind + "` files; known kinds: " + plugins.importKinds());
  }

  /**
   * Prepares an import of {@code file}; {@link #run} executes it.
   *
   * @throws BanException {@code IMPORT_KIND_UNKNOWN} when no plugin reads that kind of file
   */
  public ImportJob prepare(
      String kind,
      String fileName,
      Path file,
      ContributorSession by,
      boolean dryRun,
      int chunkSize) {
    SourceDescriptor source = new SourceDescriptor(kind, fileName, by.contributorType());
    if (plugins.ingestion(source).isEmpty()) {
      throw unknownKind(kind);
    }
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ImportJob job = new ImportJob(kind, fileName, file, by, dryRun, chunkSize, size);
    jobs.put(job.id(), job);
    return job;
  }

  public Optional<ImportJob> job(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  /** Runs a prepared job to its end on the calling thread; never throws. */
  public void run(ImportJob job) {
    IngestionPlugin plugin =
        plugins
            .ingestion(new SourceDescriptor(job.kind(), job.fileName(), job.by().contributorType()))
            .orElseThrow();
    job.started(plugin.id());
    LOG.log(Level.INFO, "Import {0} of {1} ({2}) started", job.id(), job.fileName(), plugin.id());
    try (InputStream raw = Files.newInputStream(job.file());
        InputStream in = SourceFiles.open(raw, job::read);
        Stream<ChangeCommand> commands = plugin.read(in, context(job));
        ReadAhead<List<ChangeCommand>> read =
            new ReadAhead<>(new Chunks(commands.iterator(), job.chunkSize()), 1, threads)) {
      Iterator<List<ChangeCommand>> chunks = new Progress(read, job);
      if (job.dryRun()) {
        transactions.dryRun(chunks, job.by(), job::record);
      } else {
        long analyzeAt = ANALYZE_FIRST;
        while (chunks.hasNext()) {
          apply(job, chunks.next());
          long written = job.total(CommandOutcome.CREATED) + job.total(CommandOutcome.UPDATED);
          if (written >= analyzeAt) {
            transactions.analyze();
            analyzeAt = 2 * written;
          }
        }
      }
      job.done();
      LOG.log(
          Level.INFO,
          "Import {0} done in {1} s: {2} created, {3} updated, {4} unchanged, {5} deleted,"
              + " {6} rejected",
          job.id(),
          job.elapsed().toMillis() / 1000.0,
          job.total(CommandOutcome.CREATED),
          job.total(CommandOutcome.UPDATED),
          job.total(CommandOutcome.UNCHANGED),
          job.total(CommandOutcome.DELETED),
          job.total(CommandOutcome.REJECTED));
    } catch (IOException | RuntimeException e) {
      String why = e.getMessage() == null ? e.toString() : e.getMessage();
      job.failed(why);
      LOG.log(
          Level.WARNING, ErrorCode.IMPORT_FAILED.logId() + " import " + job.id() + ": " + why, e);
    }
  }

  /** The commands in chunks of {@code size}. */
  private static final class Chunks implements Iterator<List<ChangeCommand>> {
    private final Iterator<ChangeCommand> commands;
    private final int size;

    Chunks(Iterator<ChangeCommand> commands, int size) {
      this.commands = commands;
      this.size = size;
    }

    @Override
    public boolean hasNext() {
      return commands.hasNext();
    }

    @Override
    public List<ChangeCommand> next() {
      List<ChangeCommand> chunk = new ArrayList<>(size);
      while (commands.hasNext() && chunk.size() < size) {
        chunk.add(commands.next());
      }
      return chunk;
    }
  }

  /** Logs the job's progress each time a chunk is taken, after the first. */
  private static final class Progress implements Iterator<List<ChangeCommand>> {
    private final Iterator<List<ChangeCommand>> chunks;
    private final ImportJob job;
    private boolean first = true;

    Progress(Iterator<List<ChangeCommand>> chunks, ImportJob job) {
      this.chunks = chunks;
      this.job = job;
    }

    @Override
    public boolean hasNext() {
      return chunks.hasNext();
    }

    @Override
    public List<ChangeCommand> next() {
      if (!first) {
        logProgress(job);
      }
      first = false;
      return chunks.next();
    }
  }

  private static void logProgress(ImportJob job) {
    double seconds = Math.max(0.001, job.elapsed().toMillis() / 1000.0);
    LOG.log(
        Level.INFO,
        "Import {0}: {1}% of {2}, {3} commands ({4}/s), {5} rejected",
        job.id(),
        Math.round(job.progress() * 100),
        job.fileName(),
        job.commands(),
        Math.round(job.commands() / seconds),
        job.total(CommandOutcome.REJECTED));
  }

  private static IngestionContext context(ImportJob job) {
    return new IngestionContext() {
      @Override
      public ContributorType writer() {
        return job.by().contributorType();
      }

      @Override
      public void reject(long line, String reason) {
        job.reject(new ImportJob.Rejection(line, null, reason));
      }
    };
  }

  private void apply(ImportJob job, List<ChangeCommand> chunk) {
    if (chunk.isEmpty()) {
      return;
    }
    List<Applied> results;
    try {
      results = transactions.chunk(chunk, job.by());
    } catch (RuntimeException e) {
      split(job, chunk, e);
      return;
    }
    List<ChangeCommand> accepted = new ArrayList<>(chunk.size());
    boolean rejected = false;
    for (Applied a : results) {
      if (a.outcome() == CommandOutcome.REJECTED) {
        job.record(a);
        rejected = true;
      } else {
        accepted.add(a.command());
      }
    }
    if (rejected) {
      apply(job, accepted); // rolled back: again without the rejected commands
    } else {
      results.forEach(job::record);
    }
  }

  private void split(ImportJob job, List<ChangeCommand> chunk, RuntimeException cause) {
    if (chunk.size() == 1) {
      try {
        job.record(transactions.one(chunk.get(0), job.by()));
      } catch (RuntimeException e) {
        job.record(Applied.rejected(chunk.get(0), rootMessage(e)));
      }
      return;
    }
    LOG.log(
        Level.DEBUG, "Import {0}: chunk of {1} failed ({2}), split", job.id(), chunk.size(), cause);
    int half = chunk.size() / 2;
    apply(job, new ArrayList<>(chunk.subList(0, half)));
    apply(job, new ArrayList<>(chunk.subList(half, chunk.size())));
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
