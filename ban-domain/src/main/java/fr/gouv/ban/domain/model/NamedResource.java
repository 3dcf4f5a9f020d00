package fr.gouv.ban.domain.model;

import fr.gouv.ban.domain.persistence.JsonListConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.MappedSuperclass;
import java.util.List;

/** A versioned resource with a name and alternative names (municipality, postcode, group). */
@MappedSuperclass
public abstract class NamedResource extends VersionedResource {
  private String name;

  @Convert(converter = JsonListConverter.class)
  private List<String> alias = List.of();

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
}
