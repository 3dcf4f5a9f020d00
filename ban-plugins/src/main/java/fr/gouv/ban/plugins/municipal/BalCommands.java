package fr.gouv.ban.plugins.municipal;

import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.spi.ChangeCommand;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Turns the valid rows of one BAL file into change commands, parents first: the municipality and
 * the groups once per file, then per address its housenumber (on the address's first row) and one
 * position per row. Holds the file's state (what was emitted, the address of the previous row), so
 * one instance serves one file.
 *
 * <p>Rows of one address (same cle_interop) are consecutive in BAL files, one per position: the
 * first row's position is the address's main position, keyed like the housenumber; the next rows'
 * positions are keyed {@code <key>:2}, {@code <key>:3}... (see {@link BalKeys#fit}). Only the
 * previous row's address is remembered, so a 2 GB file imports in constant memory beyond the set of
 * streets.
 */
final class BalCommands {
  /** BAL positions carry no positioning method: the BAN says so rather than guessing one. */
  static final String POSITIONING = "other";

  private static final int SOURCE_MAX = 64;

  private final Set<String> communes = new HashSet<>();
  private final Set<String> groups = new HashSet<>();
  private String lastAddress;
  private int positionsOfLast;

  /** The commands of a row that passed {@link BalRules}. */
  List<ChangeCommand> of(BalRow row) {
    Matcher cle = BalRules.CLE_INTEROP.matcher(row.get("cle_interop"));
    if (!cle.matches()) {
      throw new IllegalArgumentException("row " + row.line() + " was not validated");
    }
    List<ChangeCommand> out = new ArrayList<>(5);
    String insee = row.get("commune_insee").toUpperCase(Locale.ROOT);
    municipality(row, insee, out);
    String lieudit = lieudit(row, cle.group(1), insee, out);
    boolean toponyme = row.get("numero").equals("99999");
    String group = group(row, cle, insee, toponyme, out);
    if (!toponyme) {
      address(row, cle, group, lieudit, out);
    }
    return out;
  }

  private void municipality(BalRow row, String insee, List<ChangeCommand> out) {
    if (communes.add(insee)) {
      JsonObjectBuilder body = Json.createObjectBuilder();
      if (!row.isEmpty("commune_nom")) {
        body.add("name", row.get("commune_nom"));
      }
      out.add(
          ChangeCommand.upsert(
              row.line(), ResourceKind.MUNICIPALITY, key("insee", insee), body.build()));
    }
  }

  /** The lieu-dit group of the row's {@code lieudit_complement_nom} (its reference), or null. */
  private String lieudit(BalRow row, String cleInsee, String insee, List<ChangeCommand> out) {
    String name = row.get("lieudit_complement_nom");
    if (name.isEmpty()) {
      return null;
    }
    String ign = BalKeys.fit(cleInsee + "_" + BalKeys.voieCode(BalKeys.UNKNOWN_VOIE, name));
    if (groups.add("ign:" + ign)) {
      JsonObjectBuilder body =
          Json.createObjectBuilder()
              .add("name", name)
              .add("kind", "area")
              .add("municipality", "insee:" + insee);
      JsonObjectBuilder attributes = Json.createObjectBuilder();
      for (String lang : row.header().lieuditLanguages()) {
        putIfSet(attributes, "name_" + lang, row.get("lieudit_complement_nom_" + lang));
      }
      addAttributes(body, attributes);
      out.add(ChangeCommand.upsert(row.line(), ResourceKind.GROUP, key("ign", ign), body.build()));
    }
    return "ign:" + ign;
  }

  /** The street (or toponyme) group of the row, emitted once; returns its reference. */
  private String group(
      BalRow row, Matcher cle, String insee, boolean toponyme, List<ChangeCommand> out) {
    String voie = cle.group(2);
    String name = row.get("voie_nom");
    String ign = cle.group(1) + "_" + BalKeys.voieCode(voie, name);
    JsonObject key =
        BalKeys.isRivoli(voie)
            ? key("fantoir", (cle.group(1) + voie).toUpperCase(Locale.ROOT))
            : key("ign", ign);
    String ref = key.containsKey("fantoir") ? "fantoir:" + key.getString("fantoir") : "ign:" + ign;
    if (groups.add(ref)) {
      JsonObjectBuilder body =
          Json.createObjectBuilder()
              .add("name", name)
              .add("kind", toponyme && !BalNames.isWay(name) ? "area" : "way")
              .add("municipality", "insee:" + insee)
              .add("ign", ign);
      JsonObjectBuilder attributes = Json.createObjectBuilder();
      for (String lang : row.header().voieLanguages()) {
        putIfSet(attributes, "name_" + lang, row.get("voie_nom_" + lang));
      }
      putIfSet(attributes, "id_ban_toponyme", row.get("id_ban_toponyme"));
      addAttributes(body, attributes);
      out.add(ChangeCommand.upsert(row.line(), ResourceKind.GROUP, key, body.build()));
    }
    return ref;
  }

  private void address(
      BalRow row, Matcher cle, String group, String lieudit, List<ChangeCommand> out) {
    String voieCode = BalKeys.voieCode(cle.group(2), row.get("voie_nom"));
    String suffixe = row.get("suffixe").toLowerCase(Locale.ROOT);
    String full =
        cle.group(1)
            + "_"
            + voieCode
            + "_"
            + cle.group(3)
            + (suffixe.isEmpty() ? "" : "_" + suffixe);
    String key = BalKeys.fit(full);
    if (key.equals(lastAddress)) {
      positionsOfLast++;
    } else {
      lastAddress = key;
      positionsOfLast = 1;
      out.add(housenumber(row, key, suffixe, group, lieudit));
    }
    String positionKey = positionsOfLast == 1 ? key : BalKeys.fit(full + ":" + positionsOfLast);
    out.add(position(row, key, positionKey));
  }

  private static ChangeCommand housenumber(
      BalRow row, String key, String suffixe, String group, String lieudit) {
    JsonArrayBuilder ancestors = Json.createArrayBuilder();
    if (lieudit != null) {
      ancestors.add(lieudit);
    }
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("number", String.valueOf(Integer.parseInt(row.get("numero"))))
            .add("parent", group)
            .add("ancestors", ancestors);
    if (suffixe.isEmpty()) {
      body.addNull("ordinal");
    } else {
      body.add("ordinal", suffixe);
    }
    JsonObjectBuilder attributes = Json.createObjectBuilder();
    for (String column :
        List.of(
            "uid_adresse",
            "id_ban_adresse",
            "commune_deleguee_insee",
            "commune_deleguee_nom",
            "cad_parcelles",
            "date_der_maj",
            "source")) {
      putIfSet(attributes, column, row.get(column));
    }
    addAttributes(body, attributes);
    ChangeCommand command =
        ChangeCommand.upsert(row.line(), ResourceKind.HOUSENUMBER, key("ign", key), body.build());
    return row.get("certification_commune").equals("1") ? command.flagged() : command;
  }

  private static ChangeCommand position(BalRow row, String housenumber, String key) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add(
                "center",
                Json.createArrayBuilder()
                    .add(new BigDecimal(row.get("long")))
                    .add(new BigDecimal(row.get("lat"))))
            .add("kind", BalPositions.kind(row.get("position")))
            .add("positioning", POSITIONING)
            .add("housenumber", "ign:" + housenumber);
    String source = row.get("source");
    if (!source.isEmpty()) {
      body.add("source", source.length() > SOURCE_MAX ? source.substring(0, SOURCE_MAX) : source);
    }
    return ChangeCommand.upsert(row.line(), ResourceKind.POSITION, key("ign", key), body.build());
  }

  private static JsonObject key(String name, String value) {
    return Json.createObjectBuilder().add(name, value).build();
  }

  private static void putIfSet(JsonObjectBuilder attributes, String name, String value) {
    if (!value.isEmpty()) {
      attributes.add(name, value);
    }
  }

  private static void addAttributes(JsonObjectBuilder body, JsonObjectBuilder attributes) {
    JsonObject built = attributes.build();
    if (!built.isEmpty()) {
      body.add("attributes", built);
    }
  }
}
