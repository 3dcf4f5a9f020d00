package fr.gouv.ban.geocoder.search;

import static java.util.Objects.requireNonNull;

import fr.gouv.ban.geocoder.DocumentKind;
import fr.gouv.ban.geocoder.Filters;
import fr.gouv.ban.geocoder.Hit;
import fr.gouv.ban.geocoder.HousenumberMatch;
import fr.gouv.ban.geocoder.ReverseQuery;
import fr.gouv.ban.geocoder.SearchQuery;
import fr.gouv.ban.geocoder.index.CompactIndex;
import fr.gouv.ban.geocoder.text.QueryAnalysis;
import fr.gouv.ban.geocoder.text.QueryToken;
import fr.gouv.ban.geocoder.text.TextNormalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Runs searches and reverse lookups on one immutable index, skipping documents marked as replaced
 * or deleted (the live overlay's tombstones). Thread-safe.
 *
 * <p>A search makes one pass (exact words, completions of the word being typed, typo corrections of
 * words the index lacks); when no result reaches the cream score (while typing: no label starts
 * with the query) it makes a second pass with typo corrections of every word and keeps the best
 * score of each document. Candidates are gathered with a fixed budget whatever the limit, ranked by
 * (score, importance, id), then cut to the limit, so the first hits never depend on the limit; only
 * a limit above the budget (48 by default) widens it, to return that many hits. A postcode filter
 * that leaves nothing is retried without it when the query names the city of the results, since a
 * wrong postcode should not lose the street. A lone housenumber with a centre ("12" near me) is
 * looked up in the streets within 1 km.
 */
public final class SearchEngine {

  /** How far from the centre a lone housenumber is looked for. */
  private static final double NUMBER_NEAR_CENTRE_METRES = 1_000;

  private final CompactIndex index;
  private final TextNormalizer normalizer;
  private final SearchSettings settings;
  private final TokenResolver resolver;
  private final CandidateCollector collector;
  private final HitAssembler assembler;
  private final ReverseSearcher reverse;

  public SearchEngine(CompactIndex index, TextNormalizer normalizer, SearchSettings settings) {
    this.index = requireNonNull(index, "index");
    this.normalizer = requireNonNull(normalizer, "normalizer");
    this.settings = requireNonNull(settings, "settings");
    this.resolver = new TokenResolver(index, normalizer, settings);
    this.collector = new CandidateCollector(index, settings);
    this.assembler = new HitAssembler(index);
    this.reverse = new ReverseSearcher(index, assembler);
  }

  public CompactIndex index() {
    return index;
  }

  /**
   * Searches with an already analysed query.
   *
   * @param excluded documents to ignore, or null
   * @return at most {@code query.limit()} hits, best first
   */
  public List<Hit> search(SearchQuery query, QueryAnalysis analysis, BitSet excluded) {
    List<Hit> hits = search(query, query.filters(), analysis, excluded);
    if (hits.isEmpty() && !query.filters().postcodes().isEmpty()) {
      hits =
          search(query, query.filters().withPostcodes(), analysis, excluded).stream()
              .filter(hit -> namesCity(analysis, hit))
              .toList();
    }
    return hits;
  }

  private boolean namesCity(QueryAnalysis analysis, Hit hit) {
    String query = " " + analysis.folded() + " ";
    return hit.document().cities().stream()
        .anyMatch(city -> query.contains(" " + normalizer.fold(city) + " "));
  }

  private List<Hit> search(
      SearchQuery query, Filters filters, QueryAnalysis analysis, BitSet excluded) {
    FilterMatcher filter = new FilterMatcher(index, filters);
    CandidateScorer scorer =
        new CandidateScorer(
            index, analysis, query.autocomplete(), query.center(), filter.allowsHousenumbers());
    Map<Integer, ScoredCandidate> best = new HashMap<>();
    if (analysis.tokens().isEmpty()) {
      numbersNearCentre(query, analysis, filter, excluded, scorer, best);
    } else if (pass(query, analysis, filter, excluded, scorer, false, best) < cream(query)) {
      pass(query, analysis, filter, excluded, scorer, true, best);
    }
    return rank(best.values(), filter, query);
  }

  /**
   * The string score that spares the typo pass. While typing, a label that starts with the query is
   * what the user is typing (addok scores it 0.9, its cream; this engine 0.85-0.9, to prefer the
   * completion closest to what was typed): there is nothing to correct.
   */
  private double cream(SearchQuery query) {
    return query.autocomplete()
        ? Math.min(settings.creamScore(), QueryBigrams.STARTS_WITH_QUERY)
        : settings.creamScore();
  }

  /**
   * addok's "12" near me: a lone housenumber with a centre is looked up in the streets around the
   * centre; only exact numbers count.
   */
  private void numbersNearCentre(
      SearchQuery query,
      QueryAnalysis analysis,
      FilterMatcher filter,
      BitSet excluded,
      CandidateScorer scorer,
      Map<Integer, ScoredCandidate> best) {
    if (!analysis.hasHousenumber() || query.center() == null || !filter.allowsHousenumbers()) {
      return;
    }
    for (int doc : reverse.documentsNear(query.center(), NUMBER_NEAR_CENTRE_METRES, excluded)) {
      if (!filter.isEmpty() && !filter.acceptsDocument(doc)) {
        continue;
      }
      ScoredCandidate candidate = scorer.score(doc);
      if (candidate.match() == HousenumberMatch.EXACT) {
        best.put(doc, candidate);
      }
    }
  }

  private List<Hit> rank(
      Collection<ScoredCandidate> candidates, FilterMatcher filter, SearchQuery query) {
    List<ScoredCandidate> ranked = new ArrayList<>(candidates.size());
    for (ScoredCandidate candidate : candidates) {
      boolean isNumber = candidate.housenumber() >= 0;
      if (candidate.score() >= settings.minScore()
          && filter.acceptsKind(
              isNumber ? DocumentKind.HOUSENUMBER : index.documents().kind(candidate.doc()))
          && filter.acceptsPosition(candidate.lon(), candidate.lat())) {
        ranked.add(candidate);
      }
    }
    ranked.sort(ScoredCandidate::rank);
    List<Hit> hits = new ArrayList<>(Math.min(query.limit(), ranked.size()));
    for (ScoredCandidate c : ranked.subList(0, Math.min(query.limit(), ranked.size()))) {
      OptionalInt distance =
          query.center() == null
              ? OptionalInt.empty()
              : OptionalInt.of((int) Math.round(query.center().distanceMetres(c.lat(), c.lon())));
      hits.add(assembler.assemble(c.doc(), c.housenumber(), c.match(), c.score(), distance));
    }
    return hits;
  }

  /** One collection and scoring pass; returns the best string score seen. */
  private double pass(
      SearchQuery query,
      QueryAnalysis analysis,
      FilterMatcher filter,
      BitSet excluded,
      CandidateScorer scorer,
      boolean typos,
      Map<Integer, ScoredCandidate> best) {
    List<QueryToken> words = analysis.tokens();
    List<ResolvedToken> resolved =
        new ArrayList<>(Math.min(words.size(), CandidateCollector.MAX_WORDS));
    for (QueryToken word : words.subList(0, Math.min(words.size(), CandidateCollector.MAX_WORDS))) {
      resolved.add(resolver.resolve(word, query.autocomplete(), typos, words.size() > 1));
    }
    double bestString = 0;
    for (int doc :
        collector.collect(
            resolved, filter, excluded, query.center(), scorer.numberPredicate(), query.limit())) {
      ScoredCandidate candidate = best.get(doc);
      if (candidate == null) {
        candidate = scorer.score(doc);
        best.put(doc, candidate);
      }
      bestString = Math.max(bestString, candidate.stringScore());
    }
    return bestString;
  }

  /**
   * Reverse geocoding.
   *
   * @param excluded documents to ignore, or null
   */
  public List<Hit> reverse(ReverseQuery query, BitSet excluded) {
    return reverse.reverse(query, excluded);
  }

  /** The text normaliser this index was built with. */
  public TextNormalizer normalizer() {
    return normalizer;
  }
}
