package fr.gouv.ban.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class VersionInstantTest {
  @Test
  void takesNaiveDatesAndDatetimesAsUtc() {
    assertThat(VersionInstant.parse("2015-06-01"))
        .contains(OffsetDateTime.parse("2015-06-01T00:00Z"));
    assertThat(VersionInstant.parse("2015-06-01T10:30:00"))
        .contains(OffsetDateTime.parse("2015-06-01T10:30Z"));
    assertThat(VersionInstant.parse("2015-06-01T10:30:00+02:00").map(OffsetDateTime::toInstant))
        .contains(OffsetDateTime.parse("2015-06-01T08:30Z").toInstant());
  }

  @Test
  void rejectsAnythingElse() {
    assertThat(VersionInstant.parse("yesterday")).isEmpty();
    assertThat(VersionInstant.parse("2015-13-01")).isEmpty();
  }
}
