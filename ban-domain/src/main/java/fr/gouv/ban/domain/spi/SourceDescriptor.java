package fr.gouv.ban.domain.spi;

import fr.gouv.ban.domain.contributor.ContributorType;
import java.util.Objects;

/**
 * What is known of a file before reading it.
 *
 * @param kind the import kind asked for ({@code bal}, {@code ban}, {@code laposte}...)
 * @param fileName the file's name as uploaded (may end in {@code .gz}), or {@code "-"}
 * @param writer the contributor type the import writes under
 */
public record SourceDescriptor(String kind, String fileName, ContributorType writer) {
  public SourceDescriptor {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(writer, "writer");
  }
}
