package fr.gouv.ban.domain.model;

import fr.gouv.ban.domain.persistence.GeoPointConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;

/**
 * A located point of a housenumber (entrance, building, postal delivery point...). At least one of
 * {@code center} and {@code name} is set. {@code sourceKind} is the creator's contributor type and
 * never changes afterwards.
 */
@Entity
@NamedQuery(
    name = "Position.view",
    query = "select e from Position e where e.id = :v",
    hints = {
      @QueryHint(name = "eclipselink.left-join-fetch", value = "e.housenumber"),
      @QueryHint(name = "eclipselink.left-join-fetch", value = "e.parent")
    })
@Table(name = "position")
public class Position extends VersionedResource {
  @Convert(converter = GeoPointConverter.class)
  @Column(columnDefinition = "geometry(Point,4326)")
  private GeoPoint center;

  private String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "housenumber_pk")
  private Housenumber housenumber;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_pk")
  private Position parent;

  private String kind;
  private String positioning;
  private String source;
  private String comment;
  private String ign;
  private String laposte;

  @Column(name = "source_kind", updatable = false)
  private String sourceKind;

  @Override
  public ResourceKind kind() {
    return ResourceKind.POSITION;
  }

  @Override
  public String insee() {
    return housenumber == null ? null : housenumber.insee();
  }

  public GeoPoint getCenter() {
    return center;
  }

  public void setCenter(GeoPoint center) {
    this.center = center;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Housenumber getHousenumber() {
    return housenumber;
  }

  public void setHousenumber(Housenumber housenumber) {
    this.housenumber = housenumber;
  }

  public Position getParent() {
    return parent;
  }

  public void setParent(Position parent) {
    this.parent = parent;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getPositioning() {
    return positioning;
  }

  public void setPositioning(String positioning) {
    this.positioning = positioning;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getIgn() {
    return ign;
  }

  public void setIgn(String ign) {
    this.ign = ign;
  }

  public String getLaposte() {
    return laposte;
  }

  public void setLaposte(String laposte) {
    this.laposte = laposte;
  }

  public String getSourceKind() {
    return sourceKind;
  }

  public void setSourceKind(String sourceKind) {
    this.sourceKind = sourceKind;
  }
}
