package fr.gouv.ban.domain.contributor;

import java.util.Objects;

/**
 * The identity a write is made under: one session per token (or per system task such as the
 * reference data load). Only these three values are ever published; e-mail and IP stay private.
 *
 * @param id the session's key, shown as {@code session} in {@code created_by}/{@code modified_by}
 * @param clientName the client's display name, or null for system sessions
 * @param contributorType the role the session writes under
 */
public record ContributorSession(long id, String clientName, ContributorType contributorType) {
  public ContributorSession {
    Objects.requireNonNull(contributorType, "contributorType");
  }
}
