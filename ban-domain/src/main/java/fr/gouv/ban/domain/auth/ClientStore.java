package fr.gouv.ban.domain.auth;

import fr.gouv.ban.domain.contributor.ContributorType;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;

/** Clients in the {@code client} table: the administration tool's operations and the lookups. */
public final class ClientStore {
  private static final String COLUMNS =
      "pk, client_id, name, contributor_types, scopes, enabled, rate_limit_exempt, created_at";

  private final DataSource db;

  public ClientStore(DataSource db) {
    this.db = db;
  }

  /** A client and the secret it was given, which is shown once and stored only hashed. */
  public record WithSecret(Client client, String secret) {}

  /**
   * Creates a client with exactly the contributor types and scopes given.
   *
   * @throws IllegalArgumentException for an empty name or type list, or an unknown scope
   */
  public WithSecret create(
      String name, List<ContributorType> types, Set<String> scopes, boolean rateLimitExempt) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a client needs a name");
    }
    if (types.isEmpty()) {
      throw new IllegalArgumentException("a client needs at least one contributor type");
    }
    List<String> unknown = Scopes.unknown(scopes);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown scope(s) " + unknown + "; known scopes: " + Scopes.known());
    }
    String secret = RandomTokens.next();
    try (Connection c = db.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "insert into client (client_id, name, secret_hash, contributor_types, scopes,"
                    + " rate_limit_exempt) values (?, ?, ?, ?, ?, ?) returning "
                    + COLUMNS)) {
      st.setObject(1, UUID.randomUUID());
      st.setString(2, name.strip());
      st.setString(3, SecretHash.hash(secret));
      st.setArray(
          4,
          c.createArrayOf(
              "text", types.stream().distinct().map(ContributorType::wireName).toArray()));
      st.setArray(5, c.createArrayOf("text", new TreeSet<>(scopes).toArray()));
      st.setBoolean(6, rateLimitExempt);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return new WithSecret(read(rs), secret);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the client: " + e.getMessage(), e);
    }
  }

  public List<Client> list() {
    try (Connection c = db.getConnection();
        PreparedStatement st =
            c.prepareStatement("select " + COLUMNS + " from client order by created_at, pk");
        ResultSet rs = st.executeQuery()) {
      List<Client> out = new ArrayList<>();
      while (rs.next()) {
        out.add(read(rs));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  public Optional<Client> find(UUID clientId) {
    try (Connection c = db.getConnection();
        PreparedStatement st =
            c.prepareStatement("select " + COLUMNS + " from client where client_id = ?")) {
      st.setObject(1, clientId);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /**
   * The enabled client whose secret matches. The secret is checked even for an unknown client, so
   * that response times do not reveal which client ids exist.
   */
  public Optional<Client> authenticate(UUID clientId, String secret) {
    try (Connection c = db.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "select " + COLUMNS + ", secret_hash from client where client_id = ?")) {
      st.setObject(1, clientId);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          SecretHash.matches(secret, DECOY_HASH);
          return Optional.empty();
        }
        Client client = read(rs);
        boolean ok = SecretHash.matches(secret, rs.getString("secret_hash"));
        return ok && client.enabled() ? Optional.of(client) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static final String DECOY_HASH = SecretHash.hash(RandomTokens.next());

  /** Enables or disables a client; false if there is no such client. */
  public boolean setEnabled(UUID clientId, boolean enabled) {
    return update("enabled = ?", clientId, st -> st.setBoolean(1, enabled));
  }

  /** Replaces the client's scopes (its tokens' scopes follow from the next token on). */
  public boolean setScopes(UUID clientId, Set<String> scopes) {
    List<String> unknown = Scopes.unknown(scopes);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown scope(s) " + unknown + "; known scopes: " + Scopes.known());
    }
    return update(
        "scopes = ?",
        clientId,
        st ->
            st.setArray(
                1, st.getConnection().createArrayOf("text", new TreeSet<>(scopes).toArray())));
  }

  /** Lifts (or restores) the fair-use rate limit for the client's tokens. */
  public boolean setRateLimitExempt(UUID clientId, boolean exempt) {
    return update("rate_limit_exempt = ?", clientId, st -> st.setBoolean(1, exempt));
  }

  /** Gives the client a new secret (the old one stops working at once); empty if no such client. */
  public Optional<String> rotateSecret(UUID clientId) {
    String secret = RandomTokens.next();
    String hash = SecretHash.hash(secret);
    return update("secret_hash = ?", clientId, st -> st.setString(1, hash))
        ? Optional.of(secret)
        : Optional.empty();
  }

  private interface Binder {
    void bind(PreparedStatement st) throws SQLException;
  }

  private boolean update(String assignment, UUID clientId, Binder first) {
    try (Connection c = db.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "update client set " + assignment + ", modified_at = now() where client_id = ?")) {
      first.bind(st);
      st.setObject(2, clientId);
      return st.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  static Client read(ResultSet rs) throws SQLException {
    return new Client(
        rs.getLong("pk"),
        rs.getObject("client_id", UUID.class),
        rs.getString("name"),
        strings(rs.getArray("contributor_types")).stream()
            .map(t -> ContributorType.fromWire(t).orElseThrow())
            .toList(),
        new LinkedHashSet<>(strings(rs.getArray("scopes"))),
        rs.getBoolean("enabled"),
        rs.getBoolean("rate_limit_exempt"),
        rs.getObject("created_at", java.time.OffsetDateTime.class));
  }

  static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
