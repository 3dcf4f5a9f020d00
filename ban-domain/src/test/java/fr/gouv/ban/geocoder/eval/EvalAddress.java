package fr.gouv.ban.geocoder.eval;

import fr.gouv.ban.geocoder.AddressDocument;
import fr.gouv.ban.geocoder.DocumentKind;
import fr.gouv.ban.geocoder.HousenumberEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One address of a dataset, as the evaluation needs it (ground truth): taken from the loaded
 * documents, so the same code serves the BAN CSV (Paris) and the addok ndjson (Nouvelle-Calédonie).
 *
 * @param id clé d'interopérabilité of the housenumber
 * @param streetId id of the street document holding it
 * @param housenumber number and suffix as the source spells them ({@code 10b}, {@code 96bis})
 * @param number the numeric part
 * @param street street name
 * @param postcode the street's postcode, or its municipality's when the street has none (the
 *     Nouvelle-Calédonie export gives streets no postcode)
 * @param city displayed city name
 */
record EvalAddress(
    String id,
    String streetId,
    String housenumber,
    int number,
    String street,
    String postcode,
    String city,
    double lon,
    double lat) {

  /** Every housenumber of the street documents, in document order. */
  static List<EvalAddress> of(List<AddressDocument> documents) {
    Map<String, String> municipalityPostcodes = new HashMap<>();
    for (AddressDocument doc : documents) {
      if (doc.kind() == DocumentKind.MUNICIPALITY && doc.postcode() != null) {
        municipalityPostcodes.put(doc.citycode(), doc.postcode());
      }
    }
    List<EvalAddress> out = new ArrayList<>();
    for (AddressDocument doc : documents) {
      String postcode =
          doc.postcode() != null ? doc.postcode() : municipalityPostcodes.get(doc.citycode());
      for (HousenumberEntry hn : doc.housenumbers()) {
        String digits = hn.number().replaceAll("^(\\d+).*", "$1");
        if (digits.isEmpty() || !Character.isDigit(digits.charAt(0))) {
          continue;
        }
        out.add(
            new EvalAddress(
                hn.id(),
                doc.id(),
                hn.number(),
                Integer.parseInt(digits),
                doc.name(),
                postcode,
                doc.city(),
                hn.lon(),
                hn.lat()));
      }
    }
    return out;
  }
}
