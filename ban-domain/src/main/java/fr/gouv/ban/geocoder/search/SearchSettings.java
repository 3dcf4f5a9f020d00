package fr.gouv.ban.geocoder.search;

/**
 * Tuning of the search engine.
 *
 * @param candidateBudget documents fully scored per pass, whatever the requested limit (so the
 *     first hits never depend on the limit); a larger limit widens it
 * @param commonThreshold document frequency above which a word only filters candidates gathered by
 *     rarer words (addok's COMMON_THRESHOLD)
 * @param completionPostingBudget postings read at most for the completions of a typed prefix
 * @param commonDriverSample when even the rarest word of a query is common ("8 rue des ", "2 rue
 *     ru"), only its first this many documents, the most important ones, are gathered at first
 *     (more while too few of them match the other words)
 * @param minPrefixLength shortest last word that is completed when it is the only word
 * @param minPrefixLengthAfterWords shortest last word that is completed after other words ("39 rue
 *     de p": the other words keep the candidates few)
 * @param creamScore string score above which a hit is good enough to skip the typo pass
 * @param minScore hits scoring below are dropped (addok's MIN_SCORE)
 */
public record SearchSettings(
    int candidateBudget,
    int commonThreshold,
    int completionPostingBudget,
    int commonDriverSample,
    int minPrefixLength,
    int minPrefixLengthAfterWords,
    double creamScore,
    double minScore) {

  public static final SearchSettings DEFAULTS =
      new SearchSettings(48, 10_000, 200_000, 2_048, 2, 1, 0.9, 0.1);

  /** These settings with another {@link #commonDriverSample}. */
  public SearchSettings withCommonDriverSample(int sample) {
    return new SearchSettings(
        candidateBudget,
        commonThreshold,
        completionPostingBudget,
        sample,
        minPrefixLength,
        minPrefixLengthAfterWords,
        creamScore,
        minScore);
  }
}
