package fr.gouv.ban.geocoder.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Communes by INSEE code, read from JSON arrays of objects with {@code code}, {@code nom}, {@code
 * population} and optionally {@code lat}/{@code lon} or {@code centre}: the API Géo centres file
 * and the COG {@code communes.json} of decoupage-administratif both fit (the latter also lists the
 * PLM arrondissements municipaux, whose populations BAN uses for Paris, Lyon and Marseille
 * streets). Later files complete earlier ones: a known position or population is not overwritten by
 * an unknown one.
 */
public final class CommuneDirectory {

  private final Map<String, Commune> byCode;

  private CommuneDirectory(Map<String, Commune> byCode) {
    this.byCode = Map.copyOf(byCode);
  }

  public static CommuneDirectory empty() {
    return new CommuneDirectory(Map.of());
  }

  /**
   * Reads and merges the given files ({@code .json} or {@code .json.gz}); missing files are
   * skipped.
   */
  public static CommuneDirectory load(Path... files) throws IOException {
    Map<String, Commune> byCode = new HashMap<>();
    for (Path file : files) {
      if (!Files.exists(file)) {
        continue;
      }
      try (InputStream in = open(file)) {
        for (Object item : (List<?>) JsonText.parse(in.readAllBytes())) {
          Commune commune = toCommune((Map<?, ?>) item);
          byCode.merge(commune.code(), commune, CommuneDirectory::complete);
        }
      }
    }
    return new CommuneDirectory(byCode);
  }

  /**
   * The communes of a BAN data directory ({@code data/}): the API Géo centres file and the COG
   * communes (with the PLM arrondissements), whichever of them is there.
   */
  public static CommuneDirectory ofDataDirectory(Path dir) throws IOException {
    return load(
        dir.resolve("communes-centres-apigeo-2025.json"), dir.resolve("communes-cog-2026.json.gz"));
  }

  private static InputStream open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    return file.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }

  private static Commune toCommune(Map<?, ?> json) {
    double lat = number(json.get("lat"));
    double lon = number(json.get("lon"));
    if (json.get("centre") instanceof Map<?, ?> centre
        && centre.get("coordinates") instanceof List<?> coordinates) {
      lon = number(coordinates.get(0));
      lat = number(coordinates.get(1));
    }
    double population = number(json.get("population"));
    return new Commune(
        (String) json.get("code"),
        (String) json.get("nom"),
        Double.isNaN(population) ? 0 : (long) population,
        lat,
        lon);
  }

  private static Commune complete(Commune known, Commune other) {
    return new Commune(
        known.code(),
        known.name(),
        known.population() > 0 ? known.population() : other.population(),
        Double.isNaN(known.lat()) ? other.lat() : known.lat(),
        Double.isNaN(known.lon()) ? other.lon() : known.lon());
  }

  private static double number(Object value) {
    return value instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  public Optional<Commune> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * The population that weighs a street of {@code citycode}: the commune's, else (for a PLM
   * arrondissement without its own figure) its city's, else 0.
   */
  public long populationFor(String citycode) {
    long own = find(citycode).map(Commune::population).orElse(0L);
    String plm = AdministrativeContext.plmCityCode(citycode);
    return own > 0 || plm == null ? own : find(plm).map(Commune::population).orElse(0L);
  }

  public int size() {
    return byCode.size();
  }
}
