package fr.gouv.ban.geocoder.search;

import fr.gouv.ban.geocoder.AddressDocument;
import fr.gouv.ban.geocoder.DocumentKind;
import fr.gouv.ban.geocoder.Hit;
import fr.gouv.ban.geocoder.HousenumberMatch;
import fr.gouv.ban.geocoder.index.CompactIndex;
import fr.gouv.ban.geocoder.index.DocumentTable;
import fr.gouv.ban.geocoder.index.DocumentTable.Field;
import fr.gouv.ban.geocoder.index.HousenumberTable;
import java.util.List;
import java.util.OptionalInt;

/**
 * Turns the few hits that are returned into {@link AddressDocument}s: a housenumber result takes
 * the number's id, position and the label "8 Rue de la Paix 75002 Paris"; a street, locality or
 * municipality keeps its own fields. This is the only place where the query path creates document
 * objects.
 */
final class HitAssembler {

  private final CompactIndex index;

  HitAssembler(CompactIndex index) {
    this.index = index;
  }

  Hit assemble(int doc, int hn, HousenumberMatch match, double score, OptionalInt distance) {
    DocumentTable docs = index.documents();
    String name = index.text(doc, Field.NAME);
    AddressDocument.Builder builder =
        hn >= 0 ? housenumber(doc, hn, name) : base(doc, docs.kind(doc), name);
    builder
        .postcodes(index.list(doc, Field.POSTCODES))
        .citycodes(index.list(doc, Field.CITYCODES))
        .cities(index.list(doc, Field.CITIES))
        .district(index.text(doc, Field.DISTRICT))
        .oldcity(index.text(doc, Field.OLDCITYCODE), index.text(doc, Field.OLDCITY))
        .context(index.text(doc, Field.CONTEXT))
        .importance(Math.round(docs.importance(doc) * 1e5) / 1e5)
        .label(label(doc, hn, name));
    HousenumberMatch effective = hn >= 0 ? match : HousenumberMatch.NONE;
    return new Hit(builder.build(), score, distance, effective);
  }

  private AddressDocument.Builder base(int doc, DocumentKind kind, String name) {
    DocumentTable docs = index.documents();
    return AddressDocument.builder(index.text(doc, Field.ID), kind, name)
        .banId(index.text(doc, Field.BAN_ID))
        .position(docs.lon(doc), docs.lat(doc))
        .projected(docs.x(doc), docs.y(doc))
        .population(docs.population(doc));
  }

  private AddressDocument.Builder housenumber(int doc, int hn, String streetName) {
    HousenumberTable numbers = index.housenumbers();
    String number = index.housenumberText(hn);
    return AddressDocument.builder(
            index.housenumberId(doc, hn), DocumentKind.HOUSENUMBER, number + " " + streetName)
        .banId(index.strings().get(numbers.banIdRef(hn)))
        .housenumber(number)
        .street(streetName)
        .position(numbers.lon(hn), numbers.lat(hn))
        .projected(numbers.x(hn), numbers.y(hn))
        .housenumbers(List.of());
  }

  /** The display label: addok-france's first label, "[H ]N[ P][ C]". */
  String label(int doc, int hn, String name) {
    StringBuilder label = new StringBuilder(64);
    if (hn >= 0) {
      label.append(index.housenumberText(hn)).append(' ');
    }
    label.append(name);
    String city = index.first(doc, Field.CITIES);
    if (index.documents().kind(doc) != DocumentKind.MUNICIPALITY
        && city != null
        && !city.equals(name)) {
      String postcode = index.first(doc, Field.POSTCODES);
      if (postcode != null) {
        label.append(' ').append(postcode);
      }
      label.append(' ').append(city);
    }
    return label.toString();
  }
}
