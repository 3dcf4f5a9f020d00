package fr.gouv.ban.geocoder.load;

import fr.gouv.ban.geocoder.AddressDocument;
import fr.gouv.ban.geocoder.DocumentKind;
import fr.gouv.ban.geocoder.HousenumberEntry;
import java.util.List;
import java.util.Map;

/**
 * Builds street documents the same way whatever the source (a BAN CSV file, the management
 * database): label parts, PLM district, context, position at the number nearest to the centroid,
 * importance from the commune's population and the street's size.
 */
public final class StreetDocuments {
  private StreetDocuments() {}

  /**
   * @param id {@code <insee>_<voie>}, the first two parts of the clé d'interopérabilité
   * @param numbers at least one (they place the street)
   * @param postcodes postcode to number of housenumbers with it
   * @param population the commune's (or its PLM city's), 0 when unknown
   */
  public static AddressDocument street(
      String id,
      String name,
      String citycode,
      String city,
      String oldcitycode,
      String oldcity,
      List<HousenumberEntry> numbers,
      Map<String, Integer> postcodes,
      long population) {
    String plm = AdministrativeContext.plmCityCode(citycode);
    HousenumberEntry centre = Centroids.nearestToCentroid(numbers);
    return AddressDocument.builder(id, DocumentKind.STREET, name)
        .postcodes(Centroids.byFrequency(postcodes))
        .citycodes(List.of(citycode))
        .cities(plm == null ? List.of(city) : List.of(AdministrativeContext.plmCityName(plm), city))
        .district(plm == null ? null : city)
        .oldcity(blankToNull(oldcitycode), blankToNull(oldcity))
        .context(AdministrativeContext.context(citycode))
        .position(centre.lon(), centre.lat())
        .projected(centre.x(), centre.y())
        .importance(Importance.of(population, numbers.size()))
        .housenumbers(numbers)
        .build();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
