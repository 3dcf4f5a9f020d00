package fr.gouv.ban.geocoder.search;

import fr.gouv.ban.geocoder.Geocoder;
import fr.gouv.ban.geocoder.Hit;
import fr.gouv.ban.geocoder.ReverseQuery;
import fr.gouv.ban.geocoder.SearchQuery;
import fr.gouv.ban.geocoder.index.CompactIndex;
import fr.gouv.ban.geocoder.text.TextNormalizer;
import java.util.List;

/** A {@link Geocoder} over one immutable index, without live updates. Thread-safe. */
public final class IndexGeocoder implements Geocoder {

  private final SearchEngine engine;

  public IndexGeocoder(CompactIndex index, TextNormalizer normalizer) {
    this(index, normalizer, SearchSettings.DEFAULTS);
  }

  public IndexGeocoder(CompactIndex index, TextNormalizer normalizer, SearchSettings settings) {
    this.engine = new SearchEngine(index, normalizer, settings);
  }

  @Override
  public List<Hit> search(SearchQuery query) {
    return engine.search(query, engine.normalizer().analyze(query.text()), null);
  }

  @Override
  public List<Hit> reverse(ReverseQuery query) {
    return engine.reverse(query, null);
  }
}
