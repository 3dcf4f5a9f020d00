package fr.gouv.ban.domain.contributor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opens sessions and resolves session keys to their published view. Sessions never change once
 * written, so resolved views are cached for the life of the application.
 */
@ApplicationScoped
public class SessionDirectory {
  private final Map<Long, ContributorSession> cache = new ConcurrentHashMap<>();

  @PersistenceContext(unitName = "ban")
  private EntityManager em;

  /** Opens a new session in its own transaction, so it exists even if the caller's write fails. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public ContributorSession open(String clientName, ContributorType type, String email, String ip) {
    SessionEntity entity =
        new SessionEntity(clientName, type, email, ip, OffsetDateTime.now(ZoneOffset.UTC));
    em.persist(entity);
    em.flush();
    ContributorSession session = entity.toSession();
    cache.put(session.id(), session);
    return session;
  }

  public Optional<ContributorSession> find(long sessionId) {
    ContributorSession cached = cache.get(sessionId);
    if (cached != null) {
      return Optional.of(cached);
    }
    return Optional.ofNullable(em.find(SessionEntity.class, sessionId))
        .map(SessionEntity::toSession)
        .map(
            s -> {
              cache.put(s.id(), s);
              return s;
            });
  }
}
