package fr.gouv.ban.geocoder.text;

import java.util.List;

/**
 * A query after the text pipeline.
 *
 * @param folded the raw query, folded: what addok's scoring compares labels with
 * @param cleaned the cleaned query, normalised housenumber first, word abbreviations expanded ("8
 *     rue de la paix paris" for "Bât. B, 8 r. de la Paix, Paris"): the second comparison of this
 *     project's scoring, so abbreviations and noise do not penalise
 * @param tokens searchable words, in query order, without the housenumber
 * @param housenumber normalised housenumber key ({@code "10b"} for "10 bis"), or null
 * @param lastWordFinished the query ends with a space or punctuation: its last word is complete
 *     ("rue paul " is Rue Paul Fort, not Rue Pauly), for the completions and the labels alike
 */
public record QueryAnalysis(
    String folded,
    String cleaned,
    List<QueryToken> tokens,
    String housenumber,
    boolean lastWordFinished) {

  public QueryAnalysis {
    tokens = List.copyOf(tokens);
  }

  /** A query still being typed (its last word may be the start of a longer one). */
  public QueryAnalysis(String folded, String cleaned, List<QueryToken> tokens, String housenumber) {
    this(folded, cleaned, tokens, housenumber, false);
  }

  public boolean hasHousenumber() {
    return housenumber != null;
  }
}
