package fr.gouv.ban.domain.auth;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.error.ErrorCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Issues, checks and revokes bearer tokens (OAuth2 client credentials). A token has a fixed
 * lifetime and opens one session, which is what {@code created_by}/{@code modified_by} show.
 */
public final class TokenService {
  private static final Pattern IP = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}");

  private final DataSource db;
  private final ClientStore clients;
  private final Duration lifetime;
  private final Clock clock;

  public TokenService(DataSource db, Duration lifetime, Clock clock) {
    this.db = db;
    this.clients = new ClientStore(db);
    this.lifetime = lifetime;
    this.clock = clock;
  }

  /** A new token, as {@code POST /token} answers it. */
  public record Issued(
      String accessToken, long expiresIn, Set<String> scopes, ContributorType contributorType) {}

  /**
   * Checks a token request and issues a token.
   *
   * @throws AuthException 400 {@code invalid_request}/{@code unsupported_grant_type} for a bad
   *     request, 401 {@code invalid_client} for bad credentials
   */
  public Issued issue(TokenRequest r) {
    if (blank(r.grantType())) {
      throw AuthException.invalidRequest("grant_type is required (client_credentials)");
    }
    if (!r.grantType().equals("client_credentials")) {
      throw new AuthException(
          ErrorCode.UNSUPPORTED_GRANT_TYPE,
          "unsupported_grant_type",
          "grant_type must be client_credentials");
    }
    if (blank(r.clientId()) || blank(r.clientSecret())) {
      throw AuthException.invalidRequest("client_id and client_secret are required");
    }
    if (blank(r.email()) && blank(r.ip())) {
      throw AuthException.invalidRequest("give the user's email or ip (or both)");
    }
    if (!blank(r.email()) && !EMAIL.matcher(r.email()).matches()) {
      throw AuthException.invalidRequest("email is not an e-mail address");
    }
    if (!blank(r.ip()) && !IP.matcher(r.ip()).matches()) {
      throw AuthException.invalidRequest("ip is not an IPv4 or IPv6 address");
    }
    UUID clientId = parseClientId(r.clientId()).orElseThrow(AuthException::invalidClient);
    Client client =
        clients.authenticate(clientId, r.clientSecret()).orElseThrow(AuthException::invalidClient);
    return issueFor(client, contributorType(client, r.contributorType()), r.email(), r.ip());
  }

  /**
   * Issues a token to a client without its secret: for the administration tool, which has the
   * database already (it mints its own short-lived tokens to call the server).
   */
  public Issued issueFor(Client client, ContributorType type, String email, String ip) {
    Set<String> scopes = type == ContributorType.VIEWER ? Set.of() : client.scopes();
    String token = RandomTokens.next();
    store(client, type, scopes, token, email, ip);
    return new Issued(token, lifetime.toSeconds(), scopes, type);
  }

  private static Optional<UUID> parseClientId(String value) {
    try {
      UUID id = UUID.fromString(value.strip());
      // UUID.fromString accepts shortened forms such as "1-2-3-4-5"; a client id is canonical
      return id.toString().equalsIgnoreCase(value.strip()) ? Optional.of(id) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static ContributorType contributorType(Client client, String requested) {
    String allowed =
        client.contributorTypes().stream()
            .map(ContributorType::wireName)
            .collect(Collectors.joining(", "));
    if (blank(requested)) {
      if (client.contributorTypes().size() == 1) {
        return client.contributorTypes().get(0);
      }
      throw AuthException.invalidRequest(
          "this client has several contributor types ("
              + allowed
              + "): choose one with"
              + " contributor_type");
    }
    return ContributorType.fromWire(requested.strip())
        .filter(client.contributorTypes()::contains)
        .orElseThrow(
            () ->
                AuthException.invalidRequest(
                    "contributor_type must be one of this client's types: " + allowed));
  }

  private void store(
      Client client,
      ContributorType type,
      Set<String> scopes,
      String token,
      String email,
      String ip) {
    // the database keeps microseconds: stored instants must not round past the clock's
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try {
        long session;
        try (PreparedStatement st =
            c.prepareStatement(
                "insert into contributor_session (client_name, contributor_type, email, ip,"
                    + " client_pk, created_at) values (?, ?, ?, ?, ?, ?) returning pk")) {
          st.setString(1, client.name());
          st.setString(2, type.wireName());
          st.setString(3, blank(email) ? null : email.strip());
          st.setString(4, blank(ip) ? null : ip.strip());
          st.setLong(5, client.pk());
          st.setTimestamp(6, Timestamp.from(now));
          try (ResultSet rs = st.executeQuery()) {
            rs.next();
            session = rs.getLong(1);
          }
        }
        try (PreparedStatement st =
            c.prepareStatement(
                "insert into access_token (token_hash, session_pk, client_pk, scopes, issued_at,"
                    + " expires_at) values (?, ?, ?, ?, ?, ?)")) {
          st.setBytes(1, RandomTokens.sha256(token));
          st.setLong(2, session);
          st.setLong(3, client.pk());
          st.setArray(4, c.createArrayOf("text", scopes.toArray()));
          st.setTimestamp(5, Timestamp.from(now));
          st.setTimestamp(6, Timestamp.from(now.plus(lifetime)));
          st.executeUpdate();
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not store the token: " + e.getMessage(), e);
    }
  }

  /** Checks a bearer token against the database (callers cache the outcome for a few seconds). */
  public TokenCheck check(String token) {
    try (Connection c = db.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "select t.session_pk, t.scopes, t.expires_at, t.revoked_at, s.contributor_type,"
                    + " c.client_id, c.name, c.enabled, c.rate_limit_exempt from access_token t"
                    + " join contributor_session s on s.pk = t.session_pk"
                    + " join client c on c.pk = t.client_pk where t.token_hash = ?")) {
      st.setBytes(1, RandomTokens.sha256(token));
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return new TokenCheck.Invalid("unknown access token: get one at POST /token");
        }
        Instant expires = rs.getTimestamp("expires_at").toInstant();
        if (rs.getTimestamp("revoked_at") != null) {
          return new TokenCheck.Invalid(
              "the access token was revoked: get a new one at POST /token");
        }
        if (!rs.getBoolean("enabled")) {
          return new TokenCheck.Invalid("the client of this access token is disabled");
        }
        if (!clock.instant().isBefore(expires)) {
          return new TokenCheck.Invalid(
              "the access token expired at " + expires + ": get a new one at POST /token");
        }
        return new TokenCheck.Valid(
            new TokenGrant(
                rs.getLong("session_pk"),
                rs.getObject("client_id", UUID.class),
                rs.getString("name"),
                ContributorType.fromWire(rs.getString("contributor_type")).orElseThrow(),
                Set.copyOf(ClientStore.strings(rs.getArray("scopes"))),
                rs.getBoolean("rate_limit_exempt"),
                expires));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not check the token: " + e.getMessage(), e);
    }
  }

  /** Revokes one token; false if it is unknown or already revoked. */
  public boolean revoke(String token) {
    return revokeWhere("token_hash = ?", st -> st.setBytes(1, RandomTokens.sha256(token))) > 0;
  }

  /** Revokes every live token of a client; returns how many. */
  public int revokeAll(UUID clientId) {
    return revokeWhere(
        "client_pk = (select pk from client where client_id = ?)", st -> st.setObject(1, clientId));
  }

  private interface Binder {
    void bind(PreparedStatement st) throws SQLException;
  }

  private int revokeWhere(String condition, Binder binder) {
    try (Connection c = db.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "update access_token set revoked_at = now() where revoked_at is null and "
                    + condition)) {
      binder.bind(st);
      return st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** A session with its private details, for administrators (the API never shows email or ip). */
  public record SessionRow(
      long session,
      String client,
      String contributorType,
      String email,
      String ip,
      Instant createdAt) {}

  /** The latest sessions, newest first, optionally of one client. */
  public List<SessionRow> sessions(UUID clientId, int limit) {
    try (Connection c = db.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "select s.pk, s.client_name, s.contributor_type, s.email, s.ip, s.created_at from"
                    + " contributor_session s left join client c on c.pk = s.client_pk"
                    + " where (?::uuid is null or c.client_id = ?::uuid) order by s.pk desc limit ?")) {
      st.setObject(1, clientId);
      st.setObject(2, clientId);
      st.setInt(3, limit);
      List<SessionRow> out = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(
              new SessionRow(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getTimestamp(6).toInstant()));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
