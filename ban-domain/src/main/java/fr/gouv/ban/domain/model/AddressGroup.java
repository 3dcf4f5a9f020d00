package fr.gouv.ban.domain.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;

/**
 * A group of addresses: a street ({@code way}) or a named place ({@code area}). Named {@code
 * AddressGroup} because {@code group} is an SQL keyword; its wire name is {@code group}.
 */
@Entity
@NamedQuery(
    name = "AddressGroup.view",
    query = "select e from AddressGroup e where e.id = :v",
    hints = {@QueryHint(name = "eclipselink.left-join-fetch", value = "e.municipality")})
@Table(name = "address_group")
public class AddressGroup extends NamedResource {
  private String kind;
  private String addressing;
  private String fantoir;
  private String laposte;
  private String ign;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "municipality_pk")
  private Municipality municipality;

  @Override
  public ResourceKind kind() {
    return ResourceKind.GROUP;
  }

  @Override
  public String insee() {
    return municipality == null ? null : municipality.getInsee();
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getAddressing() {
    return addressing;
  }

  public void setAddressing(String addressing) {
    this.addressing = addressing;
  }

  public String getFantoir() {
    return fantoir;
  }

  public void setFantoir(String fantoir) {
    this.fantoir = fantoir;
  }

  public String getLaposte() {
    return laposte;
  }

  public void setLaposte(String laposte) {
    this.laposte = laposte;
  }

  public String getIgn() {
    return ign;
  }

  public void setIgn(String ign) {
    this.ign = ign;
  }

  public Municipality getMunicipality() {
    return municipality;
  }

  public void setMunicipality(Municipality municipality) {
    this.municipality = municipality;
  }
}
