package fr.gouv.ban.domain.model;

import fr.gouv.ban.domain.persistence.JsonListConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;

/** A La Poste postcode for (part of) a commune; unique by (code, complement, municipality). */
@Entity
@Table(name = "postcode")
public class Postcode extends VersionedResource {
  private String code;
  private String name;

  @Convert(converter = JsonListConverter.class)
  private List<String> alias = List.of();

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
