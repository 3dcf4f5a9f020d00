package fr.gouv.ban.geocoder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The geocoder core stays plain Java (house style §3.4) and every package documents its role. Reads
 * the sources, so it needs no ArchUnit; the module's ArchUnit rule supersedes it once merged into
 * ban-domain.
 */
class PackageBoundaryTest {

  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "import (static )?(jakarta|javax\\.(inject|persistence|ws|enterprise)|com\\.hazelcast)\\..*");

  private static final Path SOURCES = Path.of("src/main/java/fr/gouv/ban/geocoder");

  @Test
  void importsNoJakartaCdiJpaJaxRsNorHazelcast() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      List<String> offenders =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> read(p).lines().anyMatch(line -> FORBIDDEN.matcher(line).matches()))
              .map(Path::toString)
              .toList();
      assertThat(offenders).isEmpty();
    }
  }

  @Test
  void everyPackageHasAPackageInfo() throws IOException {
    try (Stream<Path> dirs = Files.walk(SOURCES)) {
      List<Path> missing =
          dirs.filter(Files::isDirectory)
              .filter(dir -> !Files.exists(dir.resolve("package-info.java")))
              .toList();
      assertThat(missing).isEmpty();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
