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

/** One stored version of a resource: immutable once written. */
@Entity
@Table(name = "resource_version")
public class VersionEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "version_pk")
  @SequenceGenerator(name = "version_pk", sequenceName = "version_pk_seq", allocationSize = 500)
  private Long pk;

  @Column(nullable = false)
  private String resource;

  @Column(name = "resource_pk", nullable = false)
  private long resourcePk;

  @Column(nullable = false)
  private int sequential;

  @Convert(converter = JsonTextConverter.class)
  @Column(nullable = false)
  private String data;

  @Column(name = "valid_from", nullable = false)
  private OffsetDateTime validFrom;

  @Column(name = "created_by", nullable = false)
  private long createdBy;

  protected VersionEntity() {}

  public VersionEntity(
      String resource,
      long resourcePk,
      int sequential,
      String data,
      OffsetDateTime validFrom,
      long createdBy) {
    this.resource = resource;
    this.resourcePk = resourcePk;
    this.sequential = sequential;
    this.data = data;
    this.validFrom = validFrom;
    this.createdBy = createdBy;
  }

  public Long getPk() {
    return pk;
  }

  /** For rows written without JPA ({@code BulkRows}): JPA draws the key itself on persist. */
  public void setPk(Long pk) {
    this.pk = pk;
  }

  public String getResource() {
    return resource;
  }

  public long getResourcePk() {
    return resourcePk;
  }

  public long getCreatedBy() {
    return createdBy;
  }

  public int getSequential() {
    return sequential;
  }

  public String getData() {
    return data;
  }

  public OffsetDateTime getValidFrom() {
    return validFrom;
  }
}
