package fr.gouv.ban.geocoder.search;

import fr.gouv.ban.geocoder.HousenumberMatch;

/**
 * A scored document of one index: the document, the housenumber chosen in it (or -1), the string
 * part of the score (label similarity, 0..1) and the final score.
 */
record ScoredCandidate(
    int doc,
    int housenumber,
    HousenumberMatch match,
    double stringScore,
    double score,
    double lon,
    double lat,
    float importance) {

  /** Score desc, importance desc, document number (that is, id) asc. */
  static int rank(ScoredCandidate a, ScoredCandidate b) {
    int byScore = Double.compare(b.score, a.score);
    if (byScore != 0) {
      return byScore;
    }
    int byImportance = Float.compare(b.importance, a.importance);
    return byImportance != 0 ? byImportance : Integer.compare(a.doc, b.doc);
  }
}
