package fr.gouv.ban.domain.versioning;

import fr.gouv.ban.domain.persistence.JsonTextConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One row of the diff feed: what one stored version changed. */
@Entity
@Table(name = "diff")
public class DiffEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "diff_pk")
  @SequenceGenerator(name = "diff_pk", sequenceName = "diff_pk_seq", allocationSize = 500)
  private Long pk;

  /**
   * Commit order, given at commit by the database (trigger {@code diff_commit_order}), or by {@code
   * VersionHistory#numberPendingDiffs} under the same lock just before a bulk commit.
   */
  @Column(updatable = false)
  private Long increment;

  @Column(nullable = false)
  private String resource;

  @Column(name = "resource_id", nullable = false)
  private String resourceId;

  private String insee;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false)
  private long createdBy;

  @Convert(converter = JsonTextConverter.class)
  private String old;

  @Convert(converter = JsonTextConverter.class)
  @Column(name = "new")
  private String current;

  @Convert(converter = JsonTextConverter.class)
  @Column(nullable = false)
  private String diff;

  protected DiffEntity() {}

  public DiffEntity(
      String resource,
      String resourceId,
      String insee,
      OffsetDateTime createdAt,
      long createdBy,
      String old,
      String current,
      String diff) {
    this.resource = resource;
    this.resourceId = resourceId;
    this.insee = insee;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
    this.old = old;
    this.current = current;
    this.diff = diff;
  }

  public Long getPk() {
    return pk;
  }

  /** For rows written without JPA ({@code BulkRows}): JPA draws the key itself on persist. */
  public void setPk(Long pk) {
    this.pk = pk;
  }

  public Long getIncrement() {
    return increment;
  }

  /** Set only under the commit-order lock, before the row is inserted. */
  public void setIncrement(Long increment) {
    this.increment = increment;
  }

  public String getResource() {
    return resource;
  }

  public String getResourceId() {
    return resourceId;
  }

  public String getInsee() {
    return insee;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public long getCreatedBy() {
    return createdBy;
  }

  public String getOld() {
    return old;
  }

  public String getNew() {
    return current;
  }

  public String getDiff() {
    return diff;
  }
}
