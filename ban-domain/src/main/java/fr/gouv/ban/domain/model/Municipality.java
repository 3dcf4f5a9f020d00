package fr.gouv.ban.domain.model;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A commune, identified by its INSEE code (natural key) and optionally its SIREN. */
@Entity
@NamedQuery(name = "Municipality.view", query = "select e from Municipality e where e.id = :v")
@Table(name = "municipality")
public class Municipality extends NamedResource {
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
