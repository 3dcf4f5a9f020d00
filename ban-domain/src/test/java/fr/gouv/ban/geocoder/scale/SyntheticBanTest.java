package fr.gouv.ban.geocoder.scale;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.ban.geocoder.AddressDocument;
import fr.gouv.ban.geocoder.DocumentKind;
import fr.gouv.ban.geocoder.TestData;
import fr.gouv.ban.geocoder.load.BanCsvLoader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticBanTest {

  private static final double SIZE = 0.0005; // ~13,000 addresses over France's communes

  @Test
  void sameSeedSameBytesOtherSeedOtherBytes() throws Exception {
    SyntheticBan a = new SyntheticBan(TestData.dataDir(), SIZE, 7);
    List<SyntheticBan.Commune> ain = a.departments().get("01");
    byte[] first = bytes(a, ain);
    byte[] again = bytes(new SyntheticBan(TestData.dataDir(), SIZE, 7), ain);
    byte[] other = bytes(new SyntheticBan(TestData.dataDir(), SIZE, 8), ain);
    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void sizesFollowThePopulationAndTheScale() throws Exception {
    SyntheticBan full = new SyntheticBan(TestData.dataDir(), 1, 1);
    assertThat(full.communes()).hasSizeGreaterThan(34_000);
    assertThat((double) full.totalAddresses())
        .isCloseTo(26e6, org.assertj.core.data.Percentage.withPercentage(2));
    assertThat((double) full.totalStreets())
        .isCloseTo(2.5e6, org.assertj.core.data.Percentage.withPercentage(2));
    SyntheticBan.Commune paris =
        full.communes().stream().filter(c -> c.code().equals("75056")).findFirst().orElseThrow();
    SyntheticBan.Commune small =
        full.communes().stream().filter(c -> c.code().equals("01002")).findFirst().orElseThrow();
    assertThat(paris.streets()).isGreaterThan(100 * small.streets());
    assertThat(paris.addresses()).isGreaterThan(paris.streets() * 10);
    SyntheticBan tenth = new SyntheticBan(TestData.dataDir(), 0.1, 1);
    assertThat((double) tenth.totalAddresses())
        .isCloseTo(2.6e6, org.assertj.core.data.Percentage.withPercentage(3));
  }

  @Test
  void writesTheExportColumnsAndLoadsWithTheBanCsvLoader(@TempDir Path dir) throws Exception {
    SyntheticBan ban = new SyntheticBan(TestData.dataDir(), SIZE, 3);
    List<Path> files = ban.writeDepartments(dir);
    assertThat(files).hasSizeGreaterThan(95);
    Path ain = dir.resolve("adresses-01.csv.gz");
    List<String> lines;
    try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(ain))) {
      lines =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .collect(Collectors.toList());
    }
    assertThat(lines.get(0))
        .isEqualTo(
            new String(
                    new java.util.zip.GZIPInputStream(Files.newInputStream(TestData.parisCsv()))
                        .readNBytes(400),
                    StandardCharsets.UTF_8)
                .lines()
                .findFirst()
                .orElseThrow());
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(";", -1);
      assertThat(f).hasSize(23);
      assertThat(f[0]).startsWith(f[6] + "_").contains("_" + "0".repeat(5 - f[2].length()) + f[2]);
      assertThat(f[6]).startsWith("01");
      assertThat(Double.parseDouble(f[12])).isBetween(4.7, 6.2); // Ain's longitudes
      assertThat(Double.parseDouble(f[13])).isBetween(45.5, 46.6);
      assertThat(Double.parseDouble(f[10])).isBetween(800_000.0, 1_000_000.0); // Lambert-93
    }
    SyntheticBan.Commune paris =
        ban.communes().stream().filter(c -> c.code().equals("75056")).findFirst().orElseThrow();
    long[] counts = new long[2];
    ban.generate(
        paris,
        row -> {
          counts[0]++;
          counts[1] += row.rep().isEmpty() ? 0 : 1;
        });
    assertThat(counts[0]).isEqualTo(paris.addresses());
    assertThat(counts[1] / (double) counts[0]).isBetween(0.04, 0.09); // 6.35 % drawn

    List<AddressDocument> docs = new BanCsvLoader(TestData.communes()).load(ain);
    int communes = ban.departments().get("01").size();
    assertThat(docs.stream().filter(d -> d.kind() == DocumentKind.MUNICIPALITY)).hasSize(communes);
    assertThat(docs.stream().mapToInt(d -> d.housenumbers().size()).sum())
        .isEqualTo(lines.size() - 1);
    assertThat(docs.stream().filter(d -> d.kind() == DocumentKind.STREET).count())
        .isEqualTo(
            ban.departments().get("01").stream().mapToLong(SyntheticBan.Commune::streets).sum());
  }

  private static byte[] bytes(SyntheticBan ban, List<SyntheticBan.Commune> communes)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ban.write(communes, out);
    return out.toByteArray();
  }
}
