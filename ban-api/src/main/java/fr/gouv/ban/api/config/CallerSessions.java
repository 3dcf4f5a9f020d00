package fr.gouv.ban.api.config;

import fr.gouv.ban.domain.contributor.ContributorSession;
import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.contributor.SessionDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The session a request writes under. Until OAuth2 tokens exist (issue #3) every API write is
 * attributed to one local session, opened on first use; the token filter will replace this with the
 * session opened at {@code POST /token}.
 */
@ApplicationScoped
public class CallerSessions {
  @Inject private SessionDirectory sessions;

  private volatile ContributorSession local;

  public ContributorSession current() {
    ContributorSession s = local;
    if (s == null) {
      synchronized (this) {
        if (local == null) {
          local = sessions.open("local", ContributorType.ADMIN, null, "127.0.0.1");
        }
        s = local;
      }
    }
    return s;
  }
}
