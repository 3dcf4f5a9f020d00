package fr.gouv.ban.geocoder;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A geocoder document: what is indexed (a municipality, street or locality, streets carrying their
 * {@link #housenumbers()}) and what a {@link Hit} returns (then possibly of kind {@link
 * DocumentKind#HOUSENUMBER}, with {@link #housenumber()} and {@link #street()} set and no nested
 * numbers). Field names follow addok's BAN export and the GeoCodeJSON properties.
 *
 * <p>List fields keep addok's convention: the first value is displayed, the others are searchable
 * aliases (a multi-postcode commune, "Paris" then "Paris 2e Arrondissement").
 *
 * @param id BAN identifier: INSEE code for a municipality, {@code <insee>_<voie>} for a street or
 *     locality, the clé d'interopérabilité for a housenumber
 * @param banId BAN UUID or null
 * @param kind document type
 * @param name display name; for a housenumber hit, the number followed by the street name
 * @param label full display label ({@code "8 Rue de la Paix 75002 Paris"}), null on input
 * @param housenumber number and suffix of a housenumber hit, otherwise null
 * @param street street name of a housenumber hit, otherwise null
 * @param postcodes postcodes, display value first; may be empty
 * @param citycodes INSEE codes, display value first; never empty
 * @param cities city names, display value first; never empty
 * @param district PLM arrondissement name or null
 * @param oldcitycode INSEE code of the commune déléguée / ancienne commune, or null
 * @param oldcity name of the ancienne commune, or null
 * @param context "75, Paris, Île-de-France" or null
 * @param lon WGS84 longitude
 * @param lat WGS84 latitude
 * @param x projected easting, NaN when unknown
 * @param y projected northing, NaN when unknown
 * @param importance 0..1, addok's importance
 * @param population commune population for municipalities, 0 otherwise or when unknown
 * @param housenumbers nested numbers of a street, empty otherwise
 */
public record AddressDocument(
    String id,
    String banId,
    DocumentKind kind,
    String name,
    String label,
    String housenumber,
    String street,
    List<String> postcodes,
    List<String> citycodes,
    List<String> cities,
    String district,
    String oldcitycode,
    String oldcity,
    String context,
    double lon,
    double lat,
    double x,
    double y,
    double importance,
    long population,
    List<HousenumberEntry> housenumbers) {

  public AddressDocument {
    requireNonNull(id, "id");
    requireNonNull(kind, "kind");
    requireNonNull(name, "name");
    postcodes = List.copyOf(postcodes);
    citycodes = List.copyOf(citycodes);
    cities = List.copyOf(cities);
    housenumbers = List.copyOf(housenumbers);
    if (citycodes.isEmpty() || cities.isEmpty()) {
      throw new IllegalArgumentException("a document needs a citycode and a city: " + id);
    }
  }

  /** Displayed postcode, or null when the document has none. */
  public String postcode() {
    return postcodes.isEmpty() ? null : postcodes.get(0);
  }

  /** Displayed INSEE code. */
  public String citycode() {
    return citycodes.get(0);
  }

  /** Displayed city name. */
  public String city() {
    return cities.get(0);
  }

  /** Département of an INSEE code: "75102" → "75", "2A004" → "2A", "97411" → "974". */
  public static String departementOf(String citycode) {
    boolean overseas = citycode.startsWith("97") || citycode.startsWith("98");
    return citycode.substring(0, Math.min(overseas ? 3 : 2, citycode.length()));
  }

  /** Starts a builder for a document of the given identity. */
  public static Builder builder(String id, DocumentKind kind, String name) {
    return new Builder(id, kind, name);
  }

  /** Returns a builder pre-filled with this document's values. */
  public Builder toBuilder() {
    return new Builder(id, kind, name)
        .banId(banId)
        .label(label)
        .housenumber(housenumber)
        .street(street)
        .postcodes(postcodes)
        .citycodes(citycodes)
        .cities(cities)
        .district(district)
        .oldcity(oldcitycode, oldcity)
        .context(context)
        .position(lon, lat)
        .projected(x, y)
        .importance(importance)
        .population(population)
        .housenumbers(housenumbers);
  }

  /** Fluent builder: documents have too many optional fields for a readable constructor call. */
  public static final class Builder {
    private final String id;
    private final DocumentKind kind;
    private final String name;
    private String banId;
    private String label;
    private String housenumber;
    private String street;
    private List<String> postcodes = List.of();
    private List<String> citycodes = List.of();
    private List<String> cities = List.of();
    private String district;
    private String oldcitycode;
    private String oldcity;
    private String context;
    private double lon;
    private double lat;
    private double x = Double.NaN;
    private double y = Double.NaN;
    private double importance;
    private long population;
    private List<HousenumberEntry> housenumbers = List.of();

    private Builder(String id, DocumentKind kind, String name) {
      this.id = id;
      this.kind = kind;
      this.name = name;
    }

    public Builder banId(String value) {
      banId = value;
      return this;
    }

    public Builder label(String value) {
      label = value;
      return this;
    }

    public Builder housenumber(String value) {
      housenumber = value;
      return this;
    }

    public Builder street(String value) {
      street = value;
      return this;
    }

    public Builder postcodes(List<String> values) {
      postcodes = values;
      return this;
    }

    public Builder citycodes(List<String> values) {
      citycodes = values;
      return this;
    }

    public Builder cities(List<String> values) {
      cities = values;
      return this;
    }

    public Builder district(String value) {
      district = value;
      return this;
    }

    public Builder oldcity(String code, String cityName) {
      oldcitycode = code;
      oldcity = cityName;
      return this;
    }

    public Builder context(String value) {
      context = value;
      return this;
    }

    public Builder position(double longitude, double latitude) {
      lon = longitude;
      lat = latitude;
      return this;
    }

    public Builder projected(double easting, double northing) {
      x = easting;
      y = northing;
      return this;
    }

    public Builder importance(double value) {
      importance = value;
      return this;
    }

    public Builder population(long value) {
      population = value;
      return this;
    }

    public Builder housenumbers(List<HousenumberEntry> values) {
      housenumbers = values;
      return this;
    }

    public AddressDocument build() {
      return new AddressDocument(
          id,
          banId,
          kind,
          name,
          label,
          housenumber,
          street,
          postcodes,
          citycodes,
          cities,
          district,
          oldcitycode,
          oldcity,
          context,
          lon,
          lat,
          x,
          y,
          importance,
          population,
          housenumbers);
    }
  }
}
