package fr.gouv.ban.domain.versioning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A client's validation of one version. Written with native SQL by {@code Flags} (insert-or-ignore
 * on the one-per-client key); mapped for queries such as the {@code flagged_by} filter.
 */
@Entity
@Table(name = "flag")
public class FlagEntity {
  @Id private Long pk;

  @Column(nullable = false)
  private String resource;

  @Column(name = "resource_pk", nullable = false)
  private long resourcePk;

  @Column(nullable = false)
  private int sequential;

  @Column(name = "client_name", nullable = false)
  private String clientName;

  @Column(name = "contributor_type", nullable = false)
  private String contributorType;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected FlagEntity() {}

  public int getSequential() {
    return sequential;
  }

  public String getClientName() {
    return clientName;
  }

  public String getContributorType() {
    return contributorType;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
