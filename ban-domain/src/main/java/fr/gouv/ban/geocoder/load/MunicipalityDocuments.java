package fr.gouv.ban.geocoder.load;

import static java.util.Objects.requireNonNull;

import fr.gouv.ban.geocoder.AddressDocument;
import fr.gouv.ban.geocoder.DocumentKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the municipality documents of a set of addresses, the same way whatever the source (a BAN
 * CSV file, the management database): one per commune seen, plus the PLM city (Paris, Lyon,
 * Marseille) when its arrondissements appear; postcodes by frequency, position at the mean of the
 * addresses, population and importance from a {@link CommuneDirectory}.
 */
public final class MunicipalityDocuments {

  private final Map<String, Group> groups = new LinkedHashMap<>();

  /** Counts one address of commune {@code citycode} (named {@code city}). */
  public void add(String citycode, String city, String postcode, double lon, double lat) {
    groups.computeIfAbsent(citycode, code -> new Group(code, city)).add(postcode, lon, lat);
    String plm = AdministrativeContext.plmCityCode(citycode);
    if (plm != null) {
      groups
          .computeIfAbsent(plm, code -> new Group(code, AdministrativeContext.plmCityName(code)))
          .add(postcode, lon, lat);
    }
  }

  /** The documents, in order of first appearance. */
  public List<AddressDocument> documents(CommuneDirectory communes) {
    requireNonNull(communes, "communes");
    List<AddressDocument> out = new ArrayList<>(groups.size());
    for (Group group : groups.values()) {
      out.add(group.toDocument(communes.find(group.code)));
    }
    return out;
  }

  /** Postcodes and positions of one commune's addresses. */
  private static final class Group {
    private final String code;
    private final String name;
    private final Map<String, Integer> postcodes = new LinkedHashMap<>();
    private double lonSum;
    private double latSum;
    private int count;

    Group(String code, String name) {
      this.code = code;
      this.name = name;
    }

    void add(String postcode, double lon, double lat) {
      if (postcode != null && !postcode.isEmpty()) {
        postcodes.merge(postcode, 1, Integer::sum);
      }
      lonSum += lon;
      latSum += lat;
      count++;
    }

    AddressDocument toDocument(Optional<Commune> commune) {
      long population = commune.map(Commune::population).orElse(0L);
      return AddressDocument.builder(code, DocumentKind.MUNICIPALITY, name)
          .postcodes(Centroids.byFrequency(postcodes))
          .citycodes(List.of(code))
          .cities(List.of(name))
          .context(AdministrativeContext.context(code))
          .position(lonSum / count, latSum / count)
          .population(population)
          .importance(Importance.of(population, 0))
          .build();
    }
  }
}
