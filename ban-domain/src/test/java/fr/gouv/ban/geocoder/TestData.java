package fr.gouv.ban.geocoder;

import fr.gouv.ban.geocoder.index.CompactIndex;
import fr.gouv.ban.geocoder.index.IndexBuilder;
import fr.gouv.ban.geocoder.load.BanCsvLoader;
import fr.gouv.ban.geocoder.load.CommuneDirectory;
import fr.gouv.ban.geocoder.text.FrenchTextNormalizer;
import fr.gouv.ban.geocoder.text.TextNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Real BAN extracts for tests, read from the repository's data folder: system property {@code
 * ban.data.dir}, default {@code ../data} (the module directory's sibling once merged).
 */
public final class TestData {

  public static final TextNormalizer NORMALIZER = new FrenchTextNormalizer();

  private TestData() {}

  public static Path dataDir() {
    return Path.of(System.getProperty("ban.data.dir", "../data"));
  }

  public static Path parisCsv() {
    return dataDir().resolve("ban-adresses-75-paris-2024.csv.gz");
  }

  public static Path caledoniaNdjson() {
    return dataDir().resolve("ban-addok-988-nouvelle-caledonie-2024.ndjson.gz");
  }

  /** Communes with populations, including the Paris arrondissements when the COG file is there. */
  public static CommuneDirectory communes() {
    try {
      return CommuneDirectory.load(
          dataDir().resolve("communes-centres-apigeo-2025.json"),
          dataDir().resolve("communes-cog-2026.json.gz"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Paris documents, loaded once per test JVM. */
  public static List<AddressDocument> parisDocuments() {
    return Paris.DOCUMENTS;
  }

  /** The Paris index, built once per test JVM. */
  public static CompactIndex parisIndex() {
    return Paris.INDEX;
  }

  private static final class Paris {
    static final List<AddressDocument> DOCUMENTS = load();
    static final CompactIndex INDEX = new IndexBuilder(NORMALIZER).addAll(DOCUMENTS).build();

    private static List<AddressDocument> load() {
      try {
        return new BanCsvLoader(communes()).load(parisCsv());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
