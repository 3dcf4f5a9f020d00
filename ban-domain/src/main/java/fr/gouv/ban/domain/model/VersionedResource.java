package fr.gouv.ban.domain.model;

import fr.gouv.ban.domain.persistence.JsonMapConverter;
import fr.gouv.ban.domain.persistence.JsonTextConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * What every versioned resource shares.
 *
 * <p>Lifecycle: created at version 1; every write (update, soft delete, restore, revival) adds
 * exactly one to {@link #getVersion()} and stores one version row and one diff row. A soft delete
 * sets {@link #getDeletedAt()}; the row stays so that GET answers 410 with its body, history stays
 * readable and PUT can restore it. {@code createdBy}/{@code modifiedBy} hold session keys (see
 * {@code SessionDirectory}).
 */
@MappedSuperclass
public abstract class VersionedResource {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resource_pk")
  @SequenceGenerator(name = "resource_pk", sequenceName = "resource_pk_seq", allocationSize = 500)
  private Long pk;

  @Column(nullable = false, unique = true, updatable = false)
  private String id;

  @Column(nullable = false)
  private int version;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "modified_at", nullable = false)
  private OffsetDateTime modifiedAt;

  @Column(name = "created_by", nullable = false)
  private long createdBy;

  @Column(name = "modified_by", nullable = false)
  private long modifiedBy;

  @Column(name = "deleted_at")
  private OffsetDateTime deletedAt;

  @Convert(converter = JsonMapConverter.class)
  private Map<String, String> attributes;

  /** The newest flag as JSON text, or null; written by {@code Flags} only, never versioned. */
  @Column(name = "latest_flag", insertable = false, updatable = false)
  @Convert(converter = JsonTextConverter.class)
  private String latestFlag;

  public abstract ResourceKind kind();

  public String getLatestFlag() {
    return latestFlag;
  }

  /** The INSEE code of the commune this resource belongs to (for diffs and filters). */
  public abstract String insee();

  public Long getPk() {
    return pk;
  }

  /** For rows written without JPA ({@code BulkRows}): JPA draws the key itself on persist. */
  public void setPk(Long pk) {
    this.pk = pk;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(OffsetDateTime createdAt) {
    this.createdAt = createdAt;
  }

  public OffsetDateTime getModifiedAt() {
    return modifiedAt;
  }

  public void setModifiedAt(OffsetDateTime modifiedAt) {
    this.modifiedAt = modifiedAt;
  }

  public long getCreatedBy() {
    return createdBy;
  }

  public void setCreatedBy(long createdBy) {
    this.createdBy = createdBy;
  }

  public long getModifiedBy() {
    return modifiedBy;
  }

  public void setModifiedBy(long modifiedBy) {
    this.modifiedBy = modifiedBy;
  }

  public OffsetDateTime getDeletedAt() {
    return deletedAt;
  }

  public void setDeletedAt(OffsetDateTime deletedAt) {
    this.deletedAt = deletedAt;
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }

  public Map<String, String> getAttributes() {
    return attributes;
  }

  public void setAttributes(Map<String, String> attributes) {
    this.attributes = attributes;
  }
}
