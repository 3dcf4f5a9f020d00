package fr.gouv.ban.domain.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;

/** A La Poste postcode for (part of) a commune; unique by (code, complement, municipality). */
@Entity
@NamedQuery(
    name = "Postcode.view",
    query = "select e from Postcode e where e.id = :v",
    hints = {@QueryHint(name = "eclipselink.left-join-fetch", value = "e.municipality")})
@Table(name = "postcode")
public class Postcode extends NamedResource {
  private String code;
  private String complement;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "municipality_pk")
  private Municipality municipality;

  @Override
  public ResourceKind kind() {
    return ResourceKind.POSTCODE;
  }

  @Override
  public String insee() {
    return municipality == null ? null : municipality.getInsee();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getComplement() {
    return complement;
  }

  public void setComplement(String complement) {
    this.complement = complement;
  }

  public Municipality getMunicipality() {
    return municipality;
  }

  public void setMunicipality(Municipality municipality) {
    this.municipality = municipality;
  }
}
