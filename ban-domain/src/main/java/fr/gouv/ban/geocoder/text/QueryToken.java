package fr.gouv.ban.geocoder.text;

/**
 * A non-housenumber word of an analysed query.
 *
 * @param term the word, folded and phonetic
 * @param prefix folded text the user may still be typing (the last word, before synonyms), or null
 *     when the word is complete
 */
public record QueryToken(Term term, String prefix) {

  public boolean isLast() {
    return prefix != null;
  }
}
