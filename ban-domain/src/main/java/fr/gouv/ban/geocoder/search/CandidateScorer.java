package fr.gouv.ban.geocoder.search;

import fr.gouv.ban.geocoder.GeoPoint;
import fr.gouv.ban.geocoder.HousenumberMatch;
import fr.gouv.ban.geocoder.index.CompactIndex;
import fr.gouv.ban.geocoder.index.DocumentTable;
import fr.gouv.ban.geocoder.text.QueryAnalysis;
import java.util.function.IntPredicate;

/**
 * Scores one candidate on addok's scale: (string + 0.1 × importance [+ geo]) / (1.1 [+ 0.1]), where
 * geo = 0.1 × exp(-(km/50)²), 0 beyond 100 km. Matches the queried housenumber first: an exact
 * number makes a housenumber result; a missing one yields the street's nearest number, whose labels
 * are compared with the queried number (the miss is priced once) and whose string score is
 * multiplied by {@link #NEAREST_FACTOR} ({@link #NEAREST_FACTOR_AUTOCOMPLETE} while typing); a
 * document without numbers keeps its own position and gets {@link #NO_NUMBER_FACTOR}. An exact
 * number is also compared without the query's postcode, at {@link
 * LabelScorer#POSTCODE_MISMATCH_FACTOR}, so a wrong postcode costs less than a wrong number.
 */
final class CandidateScorer {

  static final double NEAREST_FACTOR = 0.95;

  /**
   * With autocomplete, below the lowest "label starts with the query" score (0.85): while typing,
   * "25 rue roy" is 25 Rue Royale rather than the nearest number of Rue Roy.
   */
  static final double NEAREST_FACTOR_AUTOCOMPLETE = 0.8;

  static final double NO_NUMBER_FACTOR = 0.95;
  private static final double GEO_SCALE_KM = 50;
  private static final double GEO_MAX_KM = 100;

  private final CompactIndex index;
  private final LabelScorer labels;
  private final HousenumberMatcher numbers;
  private final boolean queryHasNumber;
  private final String queriedNumber;
  private final double nearestFactor;
  private final GeoPoint center;

  CandidateScorer(
      CompactIndex index,
      QueryAnalysis analysis,
      boolean autocomplete,
      GeoPoint center,
      boolean matchNumbers) {
    this.index = index;
    this.labels = new LabelScorer(index, analysis.folded(), analysis.cleaned(), autocomplete);
    this.queryHasNumber = analysis.hasHousenumber() && matchNumbers;
    this.numbers = queryHasNumber ? new HousenumberMatcher(index, analysis.housenumber()) : null;
    this.queriedNumber = analysis.housenumber();
    this.nearestFactor = autocomplete ? NEAREST_FACTOR_AUTOCOMPLETE : NEAREST_FACTOR;
    this.center = center;
  }

  /** Whether a document has the queried number, or null when the query has none. */
  IntPredicate numberPredicate() {
    return numbers == null ? null : doc -> numbers.exact(doc) >= 0;
  }

  ScoredCandidate score(int doc) {
    DocumentTable docs = index.documents();
    int hn = -1;
    HousenumberMatch match = HousenumberMatch.NONE;
    double factor = 1;
    String labelNumber = null;
    if (queryHasNumber) {
      hn = numbers.exact(doc);
      if (hn >= 0) {
        match = HousenumberMatch.EXACT;
      } else {
        hn = numbers.nearest(doc);
        match = hn >= 0 ? HousenumberMatch.NEAREST : HousenumberMatch.NONE;
        factor = hn >= 0 ? nearestFactor : NO_NUMBER_FACTOR;
        // the labels say the number asked for: the factor alone prices the miss
        labelNumber = hn >= 0 ? queriedNumber : null;
      }
    }
    double string =
        labels.score(doc, hn, labelNumber, match == HousenumberMatch.EXACT || !queryHasNumber)
            * factor;
    double lon = hn >= 0 ? index.housenumbers().lon(hn) : docs.lon(doc);
    double lat = hn >= 0 ? index.housenumbers().lat(hn) : docs.lat(doc);
    float importance = docs.importance(doc);
    double total = string + 0.1 * importance;
    double ceiling = 1.1;
    if (center != null) {
      double km = center.distanceMetres(lat, lon) / 1000;
      total += km > GEO_MAX_KM ? 0 : 0.1 * Math.exp(-(km / GEO_SCALE_KM) * (km / GEO_SCALE_KM));
      ceiling += 0.1;
    }
    return new ScoredCandidate(doc, hn, match, string, total / ceiling, lon, lat, importance);
  }
}
