package fr.gouv.ban.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.persistence.DatabaseMigrator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Clients and tokens on the real database, with a clock the test moves: a short token lifetime (2
 * minutes) expires without waiting.
 */
class TokenServiceIT {
  private static PGSimpleDataSource db;

  /** A clock the test can move forward. */
  private static final class MovableClock extends Clock {
    private Instant now = Instant.now();

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @BeforeAll
  static void migrate() {
    db = new PGSimpleDataSource();
    db.setUrl(
        System.getProperty(
            "ban.schema-it.db.url", "jdbc:postgresql://127.0.0.1:55433/ban_schema_it"));
    db.setUser("ban");
    db.setPassword("ban");
    DatabaseMigrator.migrate(db, TokenServiceIT.class.getClassLoader());
  }

  private static TokenRequest request(ClientStore.WithSecret c, String type) {
    return new TokenRequest(
        "client_credentials",
        c.client().clientId().toString(),
        c.secret(),
        type,
        "someone@example.org",
        null);
  }

  @Test
  void aTokenExpiresAfterItsFixedLifetimeEvenWhenUsed() {
    MovableClock clock = new MovableClock();
    TokenService tokens = new TokenService(db, Duration.ofMinutes(2), clock);
    ClientStore.WithSecret c =
        new ClientStore(db)
            .create("TTL", List.of(ContributorType.OSM), Set.of("position_write"), false);
    TokenService.Issued issued = tokens.issue(request(c, null));
    assertThat(issued.expiresIn()).isEqualTo(120);
    assertThat(issued.scopes()).containsExactly("position_write");

    clock.advance(Duration.ofSeconds(119));
    TokenCheck used = tokens.check(issued.accessToken());
    assertThat(used).isInstanceOf(TokenCheck.Valid.class);
    TokenGrant grant = ((TokenCheck.Valid) used).grant();
    assertThat(grant.clientName()).isEqualTo("TTL");
    assertThat(grant.contributorType()).isEqualTo(ContributorType.OSM);
    assertThat(used.currentAt(clock.instant().plusSeconds(2))).isFalse();

    clock.advance(Duration.ofSeconds(1)); // no sliding: the use above did not extend it
    assertThat(tokens.check(issued.accessToken()))
        .isInstanceOfSatisfying(
            TokenCheck.Invalid.class, i -> assertThat(i.reason()).contains("expired"));
  }

  @Test
  void storesOnlyHashesOfSecretsAndTokens() throws Exception {
    ClientStore.WithSecret c =
        new ClientStore(db).create("Hashes", List.of(ContributorType.IGN), Set.of(), false);
    TokenService tokens = new TokenService(db, Duration.ofHours(1), Clock.systemUTC());
    String token = tokens.issue(request(c, null)).accessToken();
    try (var conn = db.getConnection();
        var st = conn.createStatement();
        var rs =
            st.executeQuery(
                "select c.secret_hash, encode(t.token_hash, 'base64') from client c join"
                    + " access_token t on t.client_pk = c.pk where c.name = 'Hashes'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).startsWith("PBKDF2WithHmacSHA256:").doesNotContain(c.secret());
      assertThat(rs.getString(2)).doesNotContain(token);
    }
    assertThat(SecretHash.matches(c.secret(), SecretHash.hash(c.secret()))).isTrue();
    assertThat(SecretHash.matches(c.secret() + "x", SecretHash.hash(c.secret()))).isFalse();
  }

  @Test
  void refusesUnknownScopesAndEmptyTypes() {
    ClientStore clients = new ClientStore(db);
    assertThatThrownBy(
            () -> clients.create("x", List.of(ContributorType.IGN), Set.of("hn_write"), false))
        .hasMessageContaining("hn_write")
        .hasMessageContaining("housenumber_write");
    assertThatThrownBy(() -> clients.create("x", List.of(), Set.of(), false))
        .hasMessageContaining("contributor type");
    assertThat(clients.find(UUID.randomUUID())).isEmpty();
  }
}
