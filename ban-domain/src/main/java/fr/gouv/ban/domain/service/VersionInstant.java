package fr.gouv.ban.domain.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Parses the instant of a version reference: a date, a datetime, naive values in UTC. */
public final class VersionInstant {
  private VersionInstant() {}

  public static Optional<OffsetDateTime> parse(String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text));
    } catch (DateTimeParseException ignored) {
      // not an offset datetime: try the naive forms
    }
    try {
      return Optional.of(LocalDateTime.parse(text).atOffset(ZoneOffset.UTC));
    } catch (DateTimeParseException ignored) {
      // not a naive datetime
    }
    try {
      return Optional.of(LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
