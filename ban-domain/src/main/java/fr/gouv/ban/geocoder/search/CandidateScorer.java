package fr.gouv.ban.geocoder.search;

import fr.gouv.ban.geocoder.GeoPoint;
import fr.gouv.ban.geocoder.HousenumberMatch;
import fr.gouv.ban.geocoder.index.CompactIndex;
import fr.gouv.ban.geocoder.index.DocumentTable;
import fr.gouv.ban.geocoder.text.QueryAnalysis;
import java.util.function.IntPredicate;

/**
 * Scores one candidate on addok's scale: (string + 0.1 × importance [+ geo]) / (1.1 [+ 0.1]), where
 * geo = 0.1 × exp(-(km/50)²), 0 beyond 100 km; with autocomplete, a completion of a query with a
 * housenumber (a label that is not the query itself) takes the address's importance instead ({@link
 * #addressImportance}). Matches the queried housenumber first: an exact number makes a housenumber
 * result; a missing one yields the street's nearest number, whose labels are compared with the
 * queried number (the miss is priced once) and whose string score is multiplied by {@link
 * #NEAREST_FACTOR} ({@link #NEAREST_FACTOR_AUTOCOMPLETE} while typing); a document without numbers
 * keeps its own position and gets {@link #NO_NUMBER_FACTOR}. An exact number is also compared
 * without the query's postcode, at {@link LabelScorer#POSTCODE_MISMATCH_FACTOR}, so a wrong
 * postcode costs less than a wrong number.
 */
final class CandidateScorer {

  static final double NEAREST_FACTOR = 0.95;

  /**
   * With autocomplete, below the lowest "label starts with the query" score (0.85): while typing,
   * "25 rue roy" is 25 Rue Royale rather than the nearest number of Rue Roy.
   */
  static final double NEAREST_FACTOR_AUTOCOMPLETE = 0.8;

  static final double NO_NUMBER_FACTOR = 0.95;

  /** BAN's importance is (ln(1 + population / 3) + ln(1 + housenumbers)) / 20. */
  private static final double STREET_SIZE_DIVISOR = 20;

  private static final double GEO_SCALE_KM = 50;
  private static final double GEO_MAX_KM = 100;

  private final CompactIndex index;
  private final LabelScorer labels;
  private final HousenumberMatcher numbers;
  private final boolean queryHasNumber;
  private final String queriedNumber;
  private final double nearestFactor;
  private final boolean autocomplete;
  private final GeoPoint center;

  CandidateScorer(
      CompactIndex index,
      QueryAnalysis analysis,
      boolean autocomplete,
      GeoPoint center,
      boolean matchNumbers) {
    this.index = index;
    this.labels =
        new LabelScorer(
            index,
            analysis.folded(),
            analysis.cleaned(),
            autocomplete,
            analysis.lastWordFinished());
    this.queryHasNumber = analysis.hasHousenumber() && matchNumbers;
    this.numbers = queryHasNumber ? new HousenumberMatcher(index, analysis.housenumber()) : null;
    this.queriedNumber = analysis.housenumber();
    this.nearestFactor = autocomplete ? NEAREST_FACTOR_AUTOCOMPLETE : NEAREST_FACTOR;
    this.autocomplete = autocomplete;
    this.center = center;
  }

  /** Whether a document has the queried number, or null when the query has none. */
  IntPredicate numberPredicate() {
    return numbers == null ? null : numbers::has;
  }

  /**
   * The importance of one address of {@code doc}: BAN's importance less its street-size part, ln(1
   * + housenumbers) / 20 (never below 0). That part says how likely the street is the one meant
   * when any of its addresses may be; a query with a housenumber asks for one address, and one
   * address of a long street is no likelier than one of a short street (the street's chance of
   * having the number is already in the exact / nearest match). The city part stays. Used for the
   * completions of a number while typing ("23 rue du ca": 23 Rue du Caire is as likely as 23 Rue du
   * Cambodge, and closer to what was typed), whose scores are this project's own (0.85-0.9 for a
   * label starting with the query); a label equal to the query keeps addok's exact score.
   */
  private double addressImportance(int doc) {
    DocumentTable docs = index.documents();
    int numbers = docs.housenumberEnd(doc) - docs.housenumberStart(doc);
    return Math.max(0, docs.importance(doc) - Math.log1p(numbers) / STREET_SIZE_DIVISOR);
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
    double label =
        labels.score(doc, hn, labelNumber, match == HousenumberMatch.EXACT || !queryHasNumber);
    double string = label * factor;
    double lon = hn >= 0 ? index.housenumbers().lon(hn) : docs.lon(doc);
    double lat = hn >= 0 ? index.housenumbers().lat(hn) : docs.lat(doc);
    float importance = docs.importance(doc);
    boolean completion = autocomplete && queryHasNumber && label < 1;
    double total = string + 0.1 * (completion ? addressImportance(doc) : importance);
    double ceiling = 1.1;
    if (center != null) {
      double km = center.distanceMetres(lat, lon) / 1000;
      total += km > GEO_MAX_KM ? 0 : 0.1 * Math.exp(-(km / GEO_SCALE_KM) * (km / GEO_SCALE_KM));
      ceiling += 0.1;
    }
    return new ScoredCandidate(doc, hn, match, string, total / ceiling, lon, lat, importance);
  }
}
