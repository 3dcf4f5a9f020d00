package fr.gouv.ban.plugins.laposte;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.model.AddressGroup;
import fr.gouv.ban.domain.model.Housenumber;
import fr.gouv.ban.domain.model.Municipality;
import fr.gouv.ban.domain.model.Postcode;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.model.VersionedResource;
import fr.gouv.ban.domain.spi.ValidationContext;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/** Small entity graphs for the rules' tests. */
final class Resources {
  private Resources() {}

  static Municipality commune(String insee) {
    Municipality m = new Municipality();
    m.setInsee(insee);
    return m;
  }

  static AddressGroup group(String insee, String fantoir) {
    AddressGroup g = new AddressGroup();
    g.setName("Rue de Rivoli");
    g.setMunicipality(commune(insee));
    g.setFantoir(fantoir);
    return g;
  }

  static Postcode postcode(String code, String insee) {
    Postcode p = new Postcode();
    p.setCode(code);
    p.setMunicipality(commune(insee));
    return p;
  }

  static Housenumber housenumber(AddressGroup parent, Postcode postcode) {
    Housenumber h = new Housenumber();
    h.setNumber("1");
    h.setParent(parent);
    h.setPostcode(postcode);
    return h;
  }

  static ValidationContext context(ResourceKind kind, VersionedResource r, String laposte) {
    JsonObjectBuilder data = Json.createObjectBuilder();
    if (laposte != null) {
      data.add("laposte", laposte);
    }
    return new ValidationContext(kind, ContributorType.LAPOSTE, r, data.build(), null);
  }
}
