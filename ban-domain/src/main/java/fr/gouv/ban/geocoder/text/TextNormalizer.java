package fr.gouv.ban.geocoder.text;

import java.util.List;

/**
 * The text pipeline shared by indexing and search; implementations define the language rules.
 *
 * <p>Pluggable through {@link java.util.ServiceLoader}: an implementation is declared in a
 * provider-configuration file named {@code
 * META-INF/services/fr.gouv.ban.geocoder.text.TextNormalizer} and picked up by {@link
 * TextNormalizers#load()}; {@link FrenchTextNormalizer} is the default. An index must be queried
 * with the normaliser that built it, since its keys come from {@link #indexTerms}.
 *
 * <p>Implementations are stateless or immutable and thread-safe: the index builder and every search
 * thread call them concurrently, once per field value or query. Arguments and results are never
 * null.
 */
public interface TextNormalizer {

  /** Lower case, no accent, no punctuation, single spaces: the form labels are compared in. */
  String fold(String text);

  /** Searchable words of one field value (a name, a city, a context), in order. */
  List<Term> indexTerms(String fieldValue);

  /** Runs the query pipeline: cleaning, housenumber detection, synonyms, phonetic keys. */
  QueryAnalysis analyze(String query);

  /** Phonetic key of one folded word, as {@link #indexTerms} would compute it. */
  String key(String foldedWord);

  /**
   * Normalised form of a housenumber display key, comparable with {@link
   * QueryAnalysis#housenumber()}: "10 bis", "10bis" and "10B" all give "10b".
   */
  String housenumberKey(String housenumber);
}
