package fr.gouv.ban.geocoder.load;

import static java.util.Objects.requireNonNull;

import fr.gouv.ban.geocoder.AddressDocument;
import fr.gouv.ban.geocoder.HousenumberEntry;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Loads the official BAN CSV ({@code adresses-<dep>.csv[.gz]}, {@code ;}-separated) into addok
 * documents: rows are grouped by street ({@code <insee>_<voie>}, the first two parts of the clé
 * d'interopérabilité) into street documents with nested housenumbers that keep their clé as id,
 * then one municipality document per commune, plus the PLM city (Paris, Lyon, Marseille) when its
 * arrondissements appear. Populations for importance come from a {@link CommuneDirectory}. A whole
 * file is held in memory while grouping (a département, not France).
 */
public final class BanCsvLoader {

  private final CommuneDirectory communes;

  public BanCsvLoader(CommuneDirectory communes) {
    this.communes = requireNonNull(communes, "communes");
  }

  /** Loads a file into a list (tests, small files). */
  public List<AddressDocument> load(Path file) throws IOException {
    List<AddressDocument> documents = new ArrayList<>();
    load(file, documents::add);
    return documents;
  }

  /** Streams the documents of a file to {@code sink}: streets first, then municipalities. */
  public void load(Path file, Consumer<AddressDocument> sink) throws IOException {
    try (BufferedReader reader = TextFiles.open(file)) {
      load(new CsvRows(reader, ';'), sink);
    }
  }

  private void load(CsvRows rows, Consumer<AddressDocument> sink) throws IOException {
    BanCsvColumns columns = new BanCsvColumns(rows);
    Map<String, StreetGroup> streets = new LinkedHashMap<>();
    MunicipalityDocuments municipalities = new MunicipalityDocuments();
    for (List<String> row = rows.next(); row != null; row = rows.next()) {
      BanCsvRow address = columns.read(row);
      streets.computeIfAbsent(address.streetId(), id -> new StreetGroup(address)).add(address);
      municipalities.add(
          address.citycode(), address.city(), address.postcode(), address.lon(), address.lat());
    }
    for (StreetGroup street : streets.values()) {
      sink.accept(street.toDocument(communes.populationFor(street.citycode())));
    }
    municipalities.documents(communes).forEach(sink);
  }

  /** Rows of one street. */
  private static final class StreetGroup {
    private final BanCsvRow first;
    private final List<HousenumberEntry> numbers = new ArrayList<>();
    private final Map<String, Integer> postcodes = new LinkedHashMap<>();

    StreetGroup(BanCsvRow first) {
      this.first = first;
    }

    String citycode() {
      return first.citycode();
    }

    void add(BanCsvRow row) {
      numbers.add(
          new HousenumberEntry(
              row.number(), row.id(), null, row.lon(), row.lat(), row.x(), row.y()));
      if (!row.postcode().isEmpty()) {
        postcodes.merge(row.postcode(), 1, Integer::sum);
      }
    }

    AddressDocument toDocument(long population) {
      return StreetDocuments.street(
          first.streetId(),
          first.streetName(),
          first.citycode(),
          first.city(),
          first.oldcitycode(),
          first.oldcity(),
          numbers,
          postcodes,
          population);
    }
  }
}
