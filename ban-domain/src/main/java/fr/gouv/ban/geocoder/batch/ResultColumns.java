package fr.gouv.ban.geocoder.batch;

import java.util.List;

/** The result columns appended to each row (§6 of the contract, addok-geocode-stream's order). */
public final class ResultColumns {
  /** {@code POST /search/csv}. */
  public static final List<String> SEARCH =
      List.of(
          "latitude",
          "longitude",
          "result_label",
          "result_score",
          "result_score_next",
          "result_type",
          "result_id",
          "result_housenumber",
          "result_name",
          "result_street",
          "result_postcode",
          "result_city",
          "result_context",
          "result_citycode",
          "result_oldcitycode",
          "result_oldcity",
          "result_district",
          "result_status");

  /** {@code POST /reverse/csv}. */
  public static final List<String> REVERSE =
      List.of(
          "result_latitude",
          "result_longitude",
          "result_distance",
          "result_label",
          "result_type",
          "result_id",
          "result_housenumber",
          "result_name",
          "result_street",
          "result_postcode",
          "result_city",
          "result_context",
          "result_citycode",
          "result_oldcitycode",
          "result_oldcity",
          "result_district",
          "result_status");

  /** Filters a row may take from a column. */
  public static final List<String> FILTERS = List.of("postcode", "citycode", "type");

  private ResultColumns() {}

  public static List<String> of(boolean reverse) {
    return reverse ? REVERSE : SEARCH;
  }
}
