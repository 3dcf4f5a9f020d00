package fr.gouv.ban.domain.contributor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A stored session: the published part plus the private e-mail and IP given at login. */
@Entity
@Table(name = "contributor_session")
public class SessionEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long pk;

  @Column(name = "client_name")
  private String clientName;

  @Column(name = "contributor_type", nullable = false)
  private String contributorType;

  private String email;
  private String ip;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected SessionEntity() {}

  public SessionEntity(
      String clientName, ContributorType type, String email, String ip, OffsetDateTime at) {
    this.clientName = clientName;
    this.contributorType = type.wireName();
    this.email = email;
    this.ip = ip;
    this.createdAt = at;
  }

  public ContributorSession toSession() {
    return new ContributorSession(
        pk, clientName, ContributorType.fromWire(contributorType).orElseThrow());
  }
}
