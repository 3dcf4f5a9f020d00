package fr.gouv.ban.domain.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;

/**
 * Turns one source file into change commands. It only reads: the importer applies the commands
 * through the write path (validation plugins, versions, diffs, events), in large transactions.
 *
 * <p><b>Caller and frequency:</b> the importer calls {@link #read} once per import job, on the
 * job's thread, and consumes the stream lazily: stream the input (never load it whole), so a 2 GB
 * file imports in constant memory.
 *
 * <p><b>Thread-safety:</b> implementations are {@code @ApplicationScoped} and stateless; state of
 * one file (streets already emitted, the header) lives in the returned stream.
 *
 * <p><b>Bad rows:</b> report each with {@link IngestionContext#reject} (line and reason) and go on;
 * throw {@link IOException} or {@link java.io.UncheckedIOException} only when the whole file is
 * unreadable (wrong format, broken encoding). The importer closes the stream, which must close
 * nothing it did not open: the input stream belongs to the caller.
 */
public interface IngestionPlugin {
  /** A unique, stable id, {@code <owner>.<format>} ({@code municipal.bal}). */
  String id();

  /**
   * The import kind this plugin serves: the {@code {kind}} of {@code POST /import/{kind}}, of
   * {@code bin/ban import <kind>} and of the scope {@code import_<kind>}. Lower-case letters.
   */
  String kind();

  /** Whether this plugin can read that source (several plugins may serve one kind). */
  default boolean accepts(SourceDescriptor source) {
    return true;
  }

  /** The commands of {@code in}, lazily, in the order they must be applied. */
  Stream<ChangeCommand> read(InputStream in, IngestionContext ctx) throws IOException;
}
