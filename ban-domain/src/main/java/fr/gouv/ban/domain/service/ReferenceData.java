package fr.gouv.ban.domain.service;

import static fr.gouv.ban.domain.Jsonp.JSON;

import fr.gouv.ban.domain.contributor.ContributorSession;
import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.contributor.SessionDirectory;
import fr.gouv.ban.domain.model.ResourceKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * Loads the reference data into an empty database: every current commune and municipal
 * arrondissement of the COG (insee, name, siren) and every La Poste postcode linked to its commune.
 * Goes through the normal write path in chunks, so each row gets its version and diff.
 *
 * <p>Files (in the given directory): {@code communes-cog-2026.json.gz} (from
 * {@code @etalab/decoupage-administratif}) and {@code codes-postaux-4.1.2.json.gz}.
 */
@ApplicationScoped
public class ReferenceData {
  private static final System.Logger LOG = System.getLogger(ReferenceData.class.getName());
  private static final int CHUNK = 1000;
  static final String COMMUNES = "communes-cog-2026.json.gz";
  static final String POSTCODES = "codes-postaux-4.1.2.json.gz";

  @PersistenceContext(unitName = "ban")
  private EntityManager em;

  @Inject private ChunkWriter writer;
  @Inject private SessionDirectory sessions;

  /**
   * Whether the database holds no municipality yet. In a transaction: startup tasks run on managed
   * threads outside any request, where a query on the transaction-scoped persistence context would
   * open a non-transactional one that the container may close under a later query.
   */
  @Transactional
  public boolean isEmpty() {
    return em.createQuery("select count(m) from Municipality m", Long.class).getSingleResult() == 0;
  }

  /** Whether the database holds a housenumber (then the demo addresses are not imported). */
  @Transactional
  public boolean hasHousenumbers() {
    return !em.createQuery("select h.pk from Housenumber h", Long.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Loads both files; returns the number of resources created. */
  public int load(Path dir) {
    long start = System.nanoTime();
    ContributorSession by = sessions.open("reference-data", ContributorType.ADMIN, null, null);
    JsonArray communes = readArray(dir.resolve(COMMUNES));
    List<JsonObject> municipalities = new ArrayList<>();
    Map<String, String> delegatedTo = new HashMap<>();
    for (JsonObject c : communes.getValuesAs(JsonObject.class)) {
      String type = c.getString("type", "");
      if (type.equals("commune-actuelle") || type.equals("arrondissement-municipal")) {
        var b =
            JSON.createObjectBuilder()
                .add("insee", c.getString("code"))
                .add("name", c.getString("nom"));
        if (c.get("siren") instanceof JsonString siren) {
          b.add("siren", siren.getString());
        }
        municipalities.add(b.build());
      } else if (c.get("chefLieu") instanceof JsonString parent) {
        delegatedTo.put(c.getString("code"), parent.getString());
      }
    }
    int created = write(ResourceKind.MUNICIPALITY, municipalities, by);
    List<JsonObject> postcodes = new ArrayList<>();
    int skipped = 0;
    var known = municipalities.stream().map(m -> m.getString("insee")).collect(Collectors.toSet());
    for (JsonObject p : readArray(dir.resolve(POSTCODES)).getValuesAs(JsonObject.class)) {
      String insee = p.getString("codeCommune");
      insee = known.contains(insee) ? insee : delegatedTo.get(insee);
      if (insee == null || !known.contains(insee)) {
        skipped++;
        continue;
      }
      postcodes.add(
          JSON.createObjectBuilder()
              .add("code", p.getString("codePostal"))
              .add("name", p.getString("libelleAcheminement"))
              .add("municipality", "insee:" + insee)
              .build());
    }
    created += write(ResourceKind.POSTCODE, dedupe(postcodes), by);
    LOG.log(
        Level.INFO,
        "Reference data loaded: {0} resources in {1} s ({2} postcode rows without a current"
            + " commune skipped)",
        created,
        (System.nanoTime() - start) / 1_000_000_000,
        skipped);
    return created;
  }

  /** A commune déléguée folded into its commune nouvelle can repeat (code, commune). */
  private static List<JsonObject> dedupe(List<JsonObject> postcodes) {
    Map<String, JsonObject> unique = new LinkedHashMap<>();
    for (JsonObject p : postcodes) {
      unique.putIfAbsent(p.getString("code") + "/" + p.getString("municipality"), p);
    }
    return new ArrayList<>(unique.values());
  }

  private int write(ResourceKind kind, List<JsonObject> bodies, ContributorSession by) {
    for (int i = 0; i < bodies.size(); i += CHUNK) {
      writer.createAll(kind, bodies.subList(i, Math.min(bodies.size(), i + CHUNK)), by);
      int done = Math.min(bodies.size(), i + CHUNK);
      LOG.log(
          Level.INFO,
          "Reference data: {0} {1}/{2} ({3}%)",
          kind.wireName(),
          done,
          bodies.size(),
          done * 100 / bodies.size());
    }
    return bodies.size();
  }

  private static JsonArray readArray(Path file) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16);
        var reader = JSON.createReader(in)) {
      return reader.readArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference data " + file, e);
    }
  }
}
