package fr.gouv.ban.geocoder.search;

/**
 * The index terms one query word may match, each with a factor on its weight (1 for the word
 * itself, less for a completion or a typo correction), and how many postings they hold in all.
 */
record ResolvedToken(int[] terms, float[] factors, long postings) {

  boolean isEmpty() {
    return terms.length == 0;
  }
}
