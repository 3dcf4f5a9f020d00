package fr.gouv.ban.domain.model;

import fr.gouv.ban.domain.persistence.JsonListConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;

/** A commune, identified by its INSEE code (natural key) and optionally its SIREN. */
@Entity
@Table(name = "municipality")
public class Municipality extends VersionedResource {
  private String name;

  @Convert(converter = JsonListConverter.class)
  private List<String> alias = List.of();

  private String insee;
  private String siren;

  @Override
  public ResourceKind kind() {
    return ResourceKind.MUNICIPALITY;
  }

  @Override
  public String insee() {
    return insee;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<String> getAlias() {
    return alias;
  }

  public void setAlias(List<String> alias) {
    this.alias = alias;
  }

  public String getInsee() {
    return insee;
  }

  public void setInsee(String insee) {
    this.insee = insee;
  }

  public String getSiren() {
    return siren;
  }

  public void setSiren(String siren) {
    this.siren = siren;
  }
}
