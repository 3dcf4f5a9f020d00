package fr.gouv.ban.geocoder;

import static java.util.Objects.requireNonNull;

/**
 * A free-text search, with the parameters of {@code GET /search/}.
 *
 * @param text the raw query as typed; at most {@link #MAX_LENGTH} characters
 * @param limit number of hits wanted, 1..{@link #MAX_LIMIT}; does not change which hit is first
 * @param autocomplete whether the last word may be a prefix
 * @param center optional position biasing the ranking (addok's {@code lat}/{@code lon}), or null
 * @param filters result filters, never null
 */
public record SearchQuery(
    String text, int limit, boolean autocomplete, GeoPoint center, Filters filters) {

  /** addok rejects longer queries (HTTP 413). */
  public static final int MAX_LENGTH = 200;

  /** Upper bound accepted by the engine; the HTTP layer applies the stricter public limit. */
  public static final int MAX_LIMIT = 1000;

  public static final int DEFAULT_LIMIT = 5;

  /**
   * @throws IllegalArgumentException on an over-long text or a limit out of range
   */
  public SearchQuery {
    requireNonNull(text, "text");
    requireNonNull(filters, "filters");
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("query longer than " + MAX_LENGTH + " characters");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit out of range: " + limit);
    }
  }

  /** A query with the HTTP defaults: limit 5, autocomplete on, no centre, no filter. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, DEFAULT_LIMIT, true, null, Filters.NONE);
  }

  public SearchQuery withLimit(int value) {
    return new SearchQuery(text, value, autocomplete, center, filters);
  }

  public SearchQuery withAutocomplete(boolean value) {
    return new SearchQuery(text, limit, value, center, filters);
  }

  public SearchQuery withCenter(double lat, double lon) {
    return new SearchQuery(text, limit, autocomplete, new GeoPoint(lat, lon), filters);
  }

  public SearchQuery withFilters(Filters value) {
    return new SearchQuery(text, limit, autocomplete, center, value);
  }
}
