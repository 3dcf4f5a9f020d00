package fr.gouv.ban.geocoder.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The BAN pipeline of addok (addok-france + addok-fr): folding, query cleaning, ordinal gluing and
 * folding, housenumber flagging, synonyms, French phonetic key. Declared as the default provider in
 * {@code META-INF/services/fr.gouv.ban.geocoder.text.TextNormalizer}.
 */
public final class FrenchTextNormalizer implements TextNormalizer {

  /** Phonetic keys are a pure function of the word, and there are few distinct words. */
  private static final int KEY_CACHE_LIMIT = 200_000;

  /** Words containing a digit, or roman numerals. */
  private static final java.util.regex.Pattern NUMERIC =
      java.util.regex.Pattern.compile(".*\\d.*|[ivxlc]+");

  private final Synonyms synonyms = Synonyms.load("synonyms.txt");
  private final Map<String, String> keyCache = new ConcurrentHashMap<>();

  @Override
  public String fold(String text) {
    return Folding.fold(text);
  }

  @Override
  public List<Term> indexTerms(String fieldValue) {
    List<Term> terms = new ArrayList<>();
    for (String token : QueryCleaner.split(Folding.fold(fieldValue))) {
      addExpanded(Ordinals.fold(token), terms);
    }
    return terms;
  }

  private void addExpanded(String token, List<Term> out) {
    List<String> expansion = synonyms.expand(token);
    if (expansion == null) {
      out.add(new Term(token, key(token)));
      return;
    }
    for (String word : expansion) {
      out.add(new Term(word, key(word)));
    }
  }

  @Override
  public QueryAnalysis analyze(String query) {
    String folded = Folding.fold(query);
    List<String> words = QueryCleaner.clean(Folding.fold(QueryCleaner.rewriteRaw(query)));
    words = Ordinals.glue(words).stream().map(Ordinals::fold).toList();
    int housenumberAt = Ordinals.housenumberIndex(words);
    List<QueryToken> tokens = new ArrayList<>(words.size());
    String housenumber = housenumberAt < 0 ? null : words.get(housenumberAt);
    StringBuilder cleaned = new StringBuilder(folded.length());
    if (housenumber != null) {
      cleaned.append(housenumber);
    }
    // a last word followed by a space or punctuation is finished: "rue du " is not "rue dumas"
    boolean stillTyping =
        !query.isEmpty() && Character.isLetterOrDigit(query.charAt(query.length() - 1));
    for (int i = 0; i < words.size(); i++) {
      if (i == housenumberAt) {
        continue;
      }
      String word = words.get(i);
      List<Term> terms = new ArrayList<>(2);
      addExpanded(word, terms);
      for (int t = 0; t < terms.size(); t++) {
        // the word being typed may be a synonym ("gr") or the start of a longer word ("grenelle")
        boolean typing = stillTyping && i == words.size() - 1 && t == 0;
        addDistinct(tokens, new QueryToken(terms.get(t), typing ? word : null));
      }
      // labels spell numbers and ordinals as digits ("Rue du 4 Septembre", "Paris 2e"): only
      // word abbreviations are expanded in the cleaned query
      boolean keepAsTyped = NUMERIC.matcher(word).matches();
      for (Term term : keepAsTyped ? List.of(new Term(word, word)) : terms) {
        cleaned.append(cleaned.length() == 0 ? "" : " ").append(term.folded());
      }
    }
    return new QueryAnalysis(
        folded, cleaned.toString(), tokens, housenumber, !query.isEmpty() && !stillTyping);
  }

  /** A repeated word ("rue de la … de") counts once; the typed occurrence wins. */
  private static void addDistinct(List<QueryToken> tokens, QueryToken token) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).term().key().equals(token.term().key())) {
        if (token.isLast()) {
          tokens.set(i, token);
        }
        return;
      }
    }
    tokens.add(token);
  }

  @Override
  public String key(String foldedWord) {
    String cached = keyCache.get(foldedWord);
    if (cached != null) {
      return cached;
    }
    String key = FrenchPhonetic.key(foldedWord);
    if (keyCache.size() < KEY_CACHE_LIMIT) {
      keyCache.put(foldedWord, key);
    }
    return key;
  }

  @Override
  public String housenumberKey(String housenumber) {
    return Ordinals.fold(Folding.fold(housenumber).replace(" ", ""));
  }
}
