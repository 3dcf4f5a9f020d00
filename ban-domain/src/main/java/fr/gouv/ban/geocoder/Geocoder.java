package fr.gouv.ban.geocoder;

import java.util.List;

/**
 * The geocoding boundary: free-text search and reverse geocoding over an in-memory index.
 *
 * <p>Implementations are thread-safe and answer from local memory only; many threads may call them
 * concurrently. Results are deterministic: hits are ordered by score, then importance, then id, and
 * the first hits never depend on the requested limit.
 */
public interface Geocoder {

  /**
   * Searches addresses, streets, localities and municipalities matching a free text.
   *
   * @return at most {@code query.limit()} hits, best first; empty when nothing scores above the
   *     minimum score
   */
  List<Hit> search(SearchQuery query);

  /**
   * Finds the nearest housenumbers or streets of a point, within the query radius.
   *
   * @return at most {@code query.limit()} hits, nearest first, each with its distance
   */
  List<Hit> reverse(ReverseQuery query);
}
