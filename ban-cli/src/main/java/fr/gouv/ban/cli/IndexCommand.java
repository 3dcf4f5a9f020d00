package fr.gouv.ban.cli;

import fr.gouv.ban.domain.geocoding.DatabaseDocuments;
import fr.gouv.ban.geocoder.AddressDocument;
import fr.gouv.ban.geocoder.index.CompactIndex;
import fr.gouv.ban.geocoder.index.IndexBuilder;
import fr.gouv.ban.geocoder.index.IndexSnapshot;
import fr.gouv.ban.geocoder.load.AddokNdjsonLoader;
import fr.gouv.ban.geocoder.load.BanCsvLoader;
import fr.gouv.ban.geocoder.load.CommuneDirectory;
import fr.gouv.ban.geocoder.text.TextNormalizer;
import fr.gouv.ban.geocoder.text.TextNormalizers;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ban index <subcommand>}: the geocoder's index snapshots. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = "Geocoder index snapshots (what a node loads at start: ban.geocoder.snapshot).",
    subcommands = {IndexCommand.Build.class, IndexCommand.Info.class})
public class IndexCommand {

  /** The source kinds of {@code --from}. */
  enum Source {
    csv,
    ndjson,
    db
  }

  /** {@code ban index build --from csv|ndjson|db [FILE...] --out SNAPSHOT}. */
  @Command(
      name = "build",
      mixinStandardHelpOptions = true,
      description = {
        "Build a geocoder index and write it as a snapshot file.",
        "--from csv: BAN CSV files (adresses-<dep>.csv[.gz]); --from ndjson: addok ndjson files;"
            + " --from db: every street of the configured database (no FILE), the snapshot"
            + " recording the last diff increment it includes so that a node loading it replays"
            + " only the changes committed since.",
        "Commune populations and centres come from the data directory, as on the server."
      })
  static class Build implements Callable<Integer> {
    @Mixin DatabaseOptions db;
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--from",
        required = true,
        paramLabel = "SOURCE",
        description = "csv, ndjson or db.")
    Source from;

    @Parameters(
        paramLabel = "FILE",
        arity = "0..*",
        description = "Source files (may be gzipped); none with --from db.")
    List<Path> files = List.of();

    @Option(
        names = "--out",
        required = true,
        paramLabel = "SNAPSHOT",
        description = "The snapshot file to write (replaced atomically).")
    Path out;

    @Option(
        names = "--data-dir",
        paramLabel = "DIR",
        defaultValue = "${env:BAN_GEOCODER_DATA_DIR:-data}",
        description =
            "Directory of the communes' reference files (env BAN_GEOCODER_DATA_DIR; default:"
                + " ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
      check();
      long start = System.nanoTime();
      CommuneDirectory communes = CommuneDirectory.ofDataDirectory(dataDir);
      TextNormalizer normalizer = TextNormalizers.load();
      IndexBuilder builder = new IndexBuilder(normalizer);
      long[] counts = new long[3]; // documents, housenumbers, duplicates skipped
      List<String> duplicates = new java.util.ArrayList<>();
      Consumer<AddressDocument> sink =
          d -> {
            if (!builder.tryAdd(d)) {
              if (counts[2]++ < 5) {
                duplicates.add(d.id());
              }
              return;
            }
            counts[1] += d.housenumbers().size();
            if (++counts[0] % 4096 == 0 && bar != null) {
              bar.setExtraMessage(counts[0] + " documents, " + counts[1] + " housenumbers");
            }
          };
      long increment = 0;
      IndexSnapshot.Origin origin = IndexSnapshot.Origin.FILES;
      if (from == Source.db) {
        DatabaseDocuments source = new DatabaseDocuments(db.open(), communes);
        try (ProgressBar b = bar("Reading streets", source.groupCount())) {
          increment = source.read(sink, b::stepTo);
        }
        origin = IndexSnapshot.Origin.DATABASE;
      } else {
        long total = 0;
        for (Path f : files) {
          total += Files.size(f);
        }
        try (ProgressBar b = bar("Reading " + files.size() + " file(s)", total)) {
          long done = 0;
          for (Path f : files) {
            b.setExtraMessage(f.getFileName().toString());
            if (from == Source.csv) {
              new BanCsvLoader(communes).load(f, sink);
            } else {
              new AddokNdjsonLoader().load(f, sink);
            }
            done += Files.size(f);
            b.stepTo(done);
          }
        }
      }
      PrintWriter err = spec.commandLine().getErr();
      if (counts[2] > 0) {
        err.println(
            "warning: skipped "
                + counts[2]
                + " document(s) whose id was already indexed (the first one kept), e.g. "
                + duplicates);
      }
      if (!quiet) {
        err.println("Indexing " + counts[0] + " documents...");
        err.flush();
      }
      CompactIndex index = builder.build();
      if (!quiet) {
        err.println("Writing " + out + "...");
        err.flush();
      }
      new IndexSnapshot(index, increment, origin).writeTo(out, normalizer);
      double seconds = (System.nanoTime() - start) / 1e9;
      PrintWriter o = spec.commandLine().getOut();
      o.printf(
          "Wrote %s: %d documents, %d housenumbers, %d bytes in %.1f s (from %s%s)%n",
          out,
          index.documentCount(),
          index.housenumbers().size(),
          Files.size(out),
          seconds,
          from,
          origin == IndexSnapshot.Origin.DATABASE ? ", up to diff increment " + increment : "");
      o.flush();
      return 0;
    }

    private void check() {
      if (from == Source.db && !files.isEmpty()) {
        throw new IllegalArgumentException("--from db reads no file: " + files);
      }
      if (from != Source.db && files.isEmpty()) {
        throw new IllegalArgumentException("--from " + from + " needs at least one FILE");
      }
      for (Path f : files) {
        if (!Files.isRegularFile(f)) {
          throw new IllegalArgumentException("no such file: " + f);
        }
      }
      if (!Files.isDirectory(dataDir)) {
        throw new IllegalArgumentException(
            "no data directory " + dataDir + " (give --data-dir or BAN_GEOCODER_DATA_DIR)");
      }
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw new IllegalArgumentException("no such directory: " + parent);
      }
    }

    /** The bar being shown, for the document counts. */
    private ProgressBar bar;

    private ProgressBar bar(String task, long max) {
      ProgressBarBuilder b =
          new ProgressBarBuilder()
              .setTaskName(task)
              .setInitialMax(max)
              .setStyle(ProgressBarStyle.ASCII)
              .setUpdateIntervalMillis(500)
              .setConsumer(new ConsoleProgressBarConsumer(System.err));
      if (quiet) {
        b.setConsumer(
            new me.tongfei.progressbar.ProgressBarConsumer() {
              @Override
              public int getMaxRenderedLength() {
                return 80;
              }

              @Override
              public void accept(String rendered) {}

              @Override
              public void close() {}
            });
      }
      bar = b.build();
      return bar;
    }
  }

  /** {@code ban index info SNAPSHOT}: loads a snapshot and describes it. */
  @Command(
      name = "info",
      mixinStandardHelpOptions = true,
      description = "Load a snapshot as a node would and print what it holds and the load time.")
  static class Info implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SNAPSHOT", description = "The snapshot file.")
    Path file;

    @Override
    public Integer call() throws Exception {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("no such file: " + file);
      }
      TextNormalizer normalizer = TextNormalizers.load();
      long start = System.nanoTime();
      IndexSnapshot snapshot = IndexSnapshot.readFrom(file, normalizer);
      double seconds = (System.nanoTime() - start) / 1e9;
      PrintWriter o = spec.commandLine().getOut();
      o.printf(
          "%s: format %d, origin %s, increment %d, %d documents, %d housenumbers, %d bytes,"
              + " loaded in %.2f s%n",
          file,
          IndexSnapshot.FORMAT_VERSION,
          snapshot.origin().name().toLowerCase(java.util.Locale.ROOT),
          snapshot.increment(),
          snapshot.index().documentCount(),
          snapshot.index().housenumbers().size(),
          Files.size(file),
          seconds);
      o.flush();
      return 0;
    }
  }
}
