package fr.gouv.ban.domain.ingestion;

import fr.gouv.ban.domain.contributor.ContributorSession;
import fr.gouv.ban.domain.model.ResourceKind;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One import: what it reads, how far it got, what it did. Written by the import's thread, read by
 * anyone (progress polls): counters are atomic, the rest is guarded by this object.
 */
public final class ImportJob {
  /** Rejections kept in memory for the report; further ones are only counted. */
  static final int MAX_REPORTED = 100_000;

  /** Where a job is. */
  public enum Status {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }

  /**
   * A row that wrote nothing.
   *
   * @param line the source line
   * @param kind the resource the row's command concerned, null when the plugin rejected the row
   * @param reason why
   */
  public record Rejection(long line, ResourceKind kind, String reason) {}

  private final String id = UUID.randomUUID().toString();
  private final String kind;
  private final String fileName;
  private final Path file;
  private final ContributorSession by;
  private final boolean dryRun;
  private final int chunkSize;
  private final long bytesTotal;
  private final AtomicLong bytesRead = new AtomicLong();
  private final AtomicLong commands = new AtomicLong();
  private final Map<ResourceKind, Map<CommandOutcome, AtomicLong>> counts =
      new EnumMap<>(ResourceKind.class);
  private final AtomicLong rejected = new AtomicLong();
  private final List<Rejection> rejections = new ArrayList<>();
  private volatile Status status = Status.QUEUED;
  private volatile Instant startedAt;
  private volatile Instant finishedAt;
  private volatile String plugin;
  private volatile String failure;

  ImportJob(
      String kind,
      String fileName,
      Path file,
      ContributorSession by,
      boolean dryRun,
      int chunkSize,
      long bytesTotal) {
    this.kind = Objects.requireNonNull(kind);
    this.fileName = Objects.requireNonNull(fileName);
    this.file = Objects.requireNonNull(file);
    this.by = Objects.requireNonNull(by);
    this.dryRun = dryRun;
    this.chunkSize = chunkSize;
    this.bytesTotal = bytesTotal;
    for (ResourceKind k : ResourceKind.values()) {
      Map<CommandOutcome, AtomicLong> m = new EnumMap<>(CommandOutcome.class);
      for (CommandOutcome o : CommandOutcome.values()) {
        m.put(o, new AtomicLong());
      }
      counts.put(k, m);
    }
  }

  public String id() {
    return id;
  }

  public String kind() {
    return kind;
  }

  public String fileName() {
    return fileName;
  }

  Path file() {
    return file;
  }

  ContributorSession by() {
    return by;
  }

  /** The name of the client that started the import (null for system imports). */
  public String clientName() {
    return by.clientName();
  }

  /** The contributor type the import writes under. */
  public String writer() {
    return by.contributorType().wireName();
  }

  public boolean dryRun() {
    return dryRun;
  }

  int chunkSize() {
    return chunkSize;
  }

  public Status status() {
    return status;
  }

  /** The plugin reading the file, once started. */
  public String plugin() {
    return plugin;
  }

  /** Why the whole import failed, when {@link Status#FAILED}. */
  public String failure() {
    return failure;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  /** Time spent so far, or in total once finished. */
  public Duration elapsed() {
    Instant start = startedAt;
    if (start == null) {
      return Duration.ZERO;
    }
    Instant end = finishedAt;
    return Duration.between(start, end == null ? Instant.now() : end);
  }

  public long bytesTotal() {
    return bytesTotal;
  }

  public long bytesRead() {
    return bytesRead.get();
  }

  /** Progress from 0 to 1, by bytes of the file read. */
  public double progress() {
    if (status == Status.DONE) {
      return 1;
    }
    return bytesTotal <= 0 ? 0 : Math.min(1, bytesRead.get() / (double) bytesTotal);
  }

  /** Commands applied so far. */
  public long commands() {
    return commands.get();
  }

  /** How many commands on {@code kind} had {@code outcome}. */
  public long count(ResourceKind kind, CommandOutcome outcome) {
    return counts.get(kind).get(outcome).get();
  }

  /** How many commands of any kind had {@code outcome} (rejected ones included). */
  public long total(CommandOutcome outcome) {
    if (outcome == CommandOutcome.REJECTED) {
      return rejected.get(); // rows the plugin rejected have no kind: counted apart
    }
    long n = 0;
    for (ResourceKind k : ResourceKind.values()) {
      n += count(k, outcome);
    }
    return n;
  }

  /** The rejections kept for the report (at most {@link #MAX_REPORTED}), by line. */
  public synchronized List<Rejection> rejections() {
    List<Rejection> copy = new ArrayList<>(rejections);
    copy.sort(java.util.Comparator.comparingLong(Rejection::line));
    return copy;
  }

  void started(String pluginId) {
    plugin = pluginId;
    startedAt = Instant.now();
    status = Status.RUNNING;
  }

  void read(long bytes) {
    bytesRead.set(bytes);
  }

  void record(Applied a) {
    commands.incrementAndGet();
    if (a.outcome() == CommandOutcome.REJECTED) {
      reject(new Rejection(a.command().line(), a.command().kind(), a.reason()));
    } else {
      counts.get(a.command().kind()).get(a.outcome()).incrementAndGet();
    }
  }

  synchronized void reject(Rejection r) {
    rejected.incrementAndGet();
    if (rejections.size() < MAX_REPORTED) {
      rejections.add(r);
    }
  }

  void done() {
    finishedAt = Instant.now();
    status = Status.DONE;
  }

  void failed(String why) {
    failure = why;
    finishedAt = Instant.now();
    status = Status.FAILED;
  }
}
