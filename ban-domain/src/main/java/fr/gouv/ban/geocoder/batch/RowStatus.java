package fr.gouv.ban.geocoder.batch;

/** What happened to one row of a batch ({@code result_status}, addok-geocode-stream's values). */
public enum RowStatus {
  /** Geocoded: the result columns are filled. */
  OK("ok"),
  /** Searched, but nothing scored high enough (or nothing near the point). */
  NOT_FOUND("not-found"),
  /**
   * Not searched: query shorter than 3 characters or not starting with a letter or digit, no point.
   */
  SKIPPED("skipped"),
  /** Not searched because the row is invalid (query over 200 characters, bad coordinates...). */
  ERROR("error");

  private final String wireName;

  RowStatus(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
