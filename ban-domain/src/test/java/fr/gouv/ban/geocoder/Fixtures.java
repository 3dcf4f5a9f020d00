package fr.gouv.ban.geocoder;

import fr.gouv.ban.geocoder.index.CompactIndex;
import fr.gouv.ban.geocoder.index.IndexBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * A small hand-made set of documents reproducing addok's test situations (Andrésy, Les Lilas, Rue
 * de Lille in Douai and Rue de Douai in Lille, Boulevard du Port in Amiens, Quimper, Oz, Nanterre
 * and Rueil-Malmaison), with builders for more.
 */
public final class Fixtures {

  private Fixtures() {}

  public static AddressDocument municipality(
      String code, String name, String postcode, double lat, double lon, double importance) {
    return AddressDocument.builder(code, DocumentKind.MUNICIPALITY, name)
        .postcodes(List.of(postcode))
        .citycodes(List.of(code))
        .cities(List.of(name))
        .context(code.substring(0, 2) + ", Test")
        .position(lon, lat)
        .importance(importance)
        .build();
  }

  /**
   * A street whose numbers are given as "number" strings, placed every 10 m eastwards from the
   * street position.
   */
  public static AddressDocument street(
      String id,
      String name,
      String postcode,
      String city,
      double lat,
      double lon,
      double importance,
      String... numbers) {
    List<HousenumberEntry> entries = new ArrayList<>();
    for (int i = 0; i < numbers.length; i++) {
      String key = numbers[i];
      String digits = key.replaceAll("\\D.*", "");
      String suffix = key.substring(digits.length());
      String hnId =
          id
              + "_"
              + String.format("%05d", Integer.parseInt(digits))
              + (suffix.isEmpty() ? "" : "_" + suffix);
      entries.add(
          new HousenumberEntry(key, hnId, null, lon + i * 0.000135, lat, Double.NaN, Double.NaN));
    }
    String citycode = id.substring(0, 5);
    return AddressDocument.builder(id, DocumentKind.STREET, name)
        .postcodes(List.of(postcode))
        .citycodes(List.of(citycode))
        .cities(List.of(city))
        .context(citycode.substring(0, 2) + ", Test")
        .position(lon, lat)
        .importance(importance)
        .housenumbers(entries)
        .build();
  }

  public static List<AddressDocument> documents() {
    return List.of(
        municipality("78015", "Andrésy", "78570", 48.98, 2.06, 0.45),
        street("78015_0100", "Rue d'Andrésy", "78570", "Andrésy", 48.981, 2.061, 0.4, "1", "3"),
        municipality("93045", "Les Lilas", "93260", 48.88, 2.42, 0.5),
        street("93045_0200", "Rue des Lilas Bleus", "93260", "Les Lilas", 48.881, 2.421, 0.4, "2"),
        municipality("59178", "Douai", "59500", 50.37, 3.08, 0.55),
        municipality("59350", "Lille", "59000", 50.63, 3.06, 0.7),
        street("59178_0300", "Rue de Lille", "59500", "Douai", 50.371, 3.081, 0.5, "1", "2", "4"),
        street("59350_0400", "Rue de Douai", "59000", "Lille", 50.631, 3.061, 0.5, "1", "2", "5"),
        street(
            "80021_0500",
            "Boulevard du Port",
            "80000",
            "Amiens",
            49.9,
            2.29,
            0.67066,
            "2",
            "4",
            "6",
            "8",
            "10",
            "16b",
            "16"),
        municipality("29232", "Quimper", "29000", 47.99, -4.1, 0.6),
        street("29232_0600", "Rue de Quimperlé", "29000", "Quimper", 47.991, -4.101, 0.3, "1"),
        municipality("38289", "Oz", "38114", 45.13, 6.05, 0.2),
        street(
            "92050_0700",
            "Avenue de la République",
            "92000",
            "Nanterre",
            48.8924,
            2.2071,
            0.5,
            "1",
            "3"),
        street(
            "92063_0800",
            "Avenue de la République",
            "92500",
            "Rueil-Malmaison",
            48.8694,
            2.1809,
            0.5,
            "1",
            "3"),
        street(
            "75111_0900",
            "Place de la République",
            "75011",
            "Paris",
            48.8674,
            2.3636,
            0.6,
            "1",
            "2"),
        street("59350_1000", "Avenue Wambrechies", "59000", "Lille", 48.632, 3.062, 0.4, "7"),
        street("59350_1100", "Rue 1814", "59000", "Lille", 50.633, 3.063, 0.4, "8", "10"),
        street(
            "75117_1200",
            "Rue Poncelet",
            "75017",
            "Paris",
            48.879,
            2.297,
            0.5,
            "1",
            "3",
            "5",
            "11",
            "12"),
        street("92025_1300", "Villa Eugène", "92700", "Colombes", 48.9226, 2.2522, 0.4, "13"),
        street("69123_1300", "Villa Eugène", "69003", "Lyon", 45.76, 4.85, 0.45, "13"),
        street("66186_1400", "Quai Jules Verne", "66750", "Saint-Cyprien", 42.62, 3.03, 0.4, "1"));
  }

  public static CompactIndex index() {
    return new IndexBuilder(TestData.NORMALIZER).addAll(documents()).build();
  }
}
