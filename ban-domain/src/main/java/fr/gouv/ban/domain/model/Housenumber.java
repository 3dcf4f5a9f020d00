package fr.gouv.ban.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An address: number and ordinal on a parent group. Unique by (parent, number, ordinal) with the
 * ordinal compared case-insensitively and nulls as values. The {@code cia} is derived on every save
 * from the parent's FANTOIR code.
 */
@Entity
@NamedQuery(
    name = "Housenumber.view",
    query = "select e from Housenumber e where e.id = :v",
    hints = {
      @QueryHint(name = "eclipselink.left-join-fetch", value = "e.parent"),
      @QueryHint(name = "eclipselink.left-join-fetch", value = "e.postcode"),
      @QueryHint(name = "eclipselink.left-join-fetch", value = "e.ancestors"),
      @QueryHint(name = "eclipselink.left-join-fetch", value = "e.positions")
    })
@Table(name = "housenumber")
public class Housenumber extends VersionedResource {
  private String number;
  private String ordinal;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "parent_pk")
  private AddressGroup parent;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "housenumber_ancestor",
      joinColumns = @JoinColumn(name = "housenumber_pk"),
      inverseJoinColumns = @JoinColumn(name = "group_pk"))
  private List<AddressGroup> ancestors = new ArrayList<>();

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "postcode_pk")
  private Postcode postcode;

  private String cia;
  private String laposte;
  private String ign;

  /** Reverse relation, read-only: includes soft-deleted positions, filter on reading. */
  @OneToMany(mappedBy = "housenumber", fetch = FetchType.LAZY)
  private List<Position> positions = new ArrayList<>();

  @Column(name = "number_value", insertable = false, updatable = false)
  private Long numberValue;

  @Override
  public ResourceKind kind() {
    return ResourceKind.HOUSENUMBER;
  }

  @Override
  public String insee() {
    return parent == null ? null : parent.insee();
  }

  /**
   * The clé d'interopérabilité: {@code <insee>_<rivoli>_<number>_<ordinal>} upper-cased, from the
   * parent's FANTOIR code; null when the parent has none.
   */
  public void computeCia() {
    String fantoir = parent == null ? null : parent.getFantoir();
    if (fantoir == null || fantoir.length() < 9) {
      cia = null;
      return;
    }
    cia =
        (fantoir.substring(0, 5)
                + "_"
                + fantoir.substring(5, 9)
                + "_"
                + (number == null ? "" : number)
                + "_"
                + (ordinal == null ? "" : ordinal))
            .toUpperCase(Locale.ROOT);
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getOrdinal() {
    return ordinal;
  }

  public void setOrdinal(String ordinal) {
    this.ordinal = ordinal;
  }

  public AddressGroup getParent() {
    return parent;
  }

  public void setParent(AddressGroup parent) {
    this.parent = parent;
  }

  public List<AddressGroup> getAncestors() {
    return ancestors;
  }

  public void setAncestors(List<AddressGroup> ancestors) {
    this.ancestors = new ArrayList<>(ancestors);
  }

  public Postcode getPostcode() {
    return postcode;
  }

  public void setPostcode(Postcode postcode) {
    this.postcode = postcode;
  }

  public String getCia() {
    return cia;
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

  public List<Position> getPositions() {
    return positions;
  }
}
