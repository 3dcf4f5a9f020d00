package fr.gouv.ban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Following a long import renews bin/ban's 5-minute token before it expires. */
class ToolTokenTest {
  private final AtomicInteger issued = new AtomicInteger();
  private final AtomicLong clock = new AtomicLong(1_000);
  private final ImportCommand.ToolToken tokens =
      new ImportCommand.ToolToken(() -> "token-" + issued.incrementAndGet(), clock::get);

  private void wait(Duration d) {
    clock.addAndGet(d.toNanos());
  }

  @Test
  void keeps_a_token_while_it_is_young_and_renews_it_before_five_minutes() {
    assertThat(tokens.current()).isEqualTo("token-1");
    wait(Duration.ofMinutes(3).plusSeconds(59));
    assertThat(tokens.current()).isEqualTo("token-1");
    wait(Duration.ofSeconds(1)); // 4 minutes old: renewed, a minute before it expires
    assertThat(tokens.current()).isEqualTo("token-2");
    wait(Duration.ofHours(2));
    assertThat(tokens.current()).isEqualTo("token-3");
    assertThat(issued).hasValue(3);
  }
}
