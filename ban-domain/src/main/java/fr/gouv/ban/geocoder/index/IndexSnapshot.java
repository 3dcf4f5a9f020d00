package fr.gouv.ban.geocoder.index;

import fr.gouv.ban.geocoder.text.TextNormalizer;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Binary snapshot of a {@link CompactIndex}: a versioned header (magic, format version, the last
 * change increment folded into the index, where the index came from, the text normaliser's class),
 * then every array verbatim, then the magic again as an end marker. Loading is a sequence of bulk
 * reads with no re-indexing, which is what lets a node start, or a joining node catch up, in
 * seconds.
 *
 * @param index the index
 * @param increment last change increment of the database's diff feed the index includes (0 for an
 *     index built from files)
 * @param origin whether {@code increment} is a position in the database's diff feed
 */
public record IndexSnapshot(CompactIndex index, long increment, Origin origin) {

  /** Where the indexed documents came from. */
  public enum Origin {
    /**
     * The management database: the index holds every change up to {@code increment}, and a node
     * loading it replays the diffs committed after it.
     */
    DATABASE,
    /**
     * BAN CSV or addok ndjson files (or a live index started from them): unrelated to the diff
     * feed, so a node loading it only follows the changes committed after its start.
     */
    FILES
  }

  public IndexSnapshot {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(origin, "origin");
  }

  /** A snapshot of an index built from files (origin {@link Origin#FILES}). */
  public IndexSnapshot(CompactIndex index, long increment) {
    this(index, increment, Origin.FILES);
  }

  private static final long MAGIC = 0x42414E47454F4958L; // "BANGEOIX"

  /** Bumped on every layout change; older snapshots are rejected, never misread. */
  public static final int FORMAT_VERSION = 3; // 3: heaviest postings, postings by importance

  /** Writes to a file atomically (temporary file, then rename). */
  public void writeTo(Path file, TextNormalizer normalizer) throws IOException {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(temporary)) {
      writeTo(out, normalizer);
    }
    Files.move(
        temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  public void writeTo(OutputStream stream, TextNormalizer normalizer) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
    ArrayIO io = new ArrayIO();
    out.writeLong(MAGIC);
    out.writeInt(FORMAT_VERSION);
    out.writeLong(increment);
    out.writeUTF(origin.name());
    out.writeUTF(normalizer.getClass().getName());
    SnapshotSections.write(index, out, io);
    out.writeLong(MAGIC);
    out.flush();
  }

  public static IndexSnapshot readFrom(Path file, TextNormalizer normalizer) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return readFrom(in, normalizer);
    }
  }

  /**
   * @throws IOException on a foreign, truncated or older-format stream, or one written with another
   *     text normaliser (its keys would not match this normaliser's queries)
   */
  public static IndexSnapshot readFrom(InputStream stream, TextNormalizer normalizer)
      throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
    if (in.readLong() != MAGIC) {
      throw new IOException("not a geocoder snapshot");
    }
    int version = in.readInt();
    if (version != FORMAT_VERSION) {
      throw new IOException(
          "unsupported snapshot format " + version + ", expected " + FORMAT_VERSION);
    }
    long increment = in.readLong();
    Origin origin;
    try {
      origin = Origin.valueOf(in.readUTF());
    } catch (IllegalArgumentException e) {
      throw new IOException("corrupt snapshot: unknown origin");
    }
    String normalizerName = in.readUTF();
    if (!normalizerName.equals(normalizer.getClass().getName())) {
      throw new IOException(
          "snapshot built with " + normalizerName + ", not " + normalizer.getClass().getName());
    }
    CompactIndex index = SnapshotSections.read(in, new ArrayIO());
    if (in.readLong() != MAGIC) {
      throw new IOException("corrupt snapshot: bad end marker");
    }
    return new IndexSnapshot(index, increment, origin);
  }
}
