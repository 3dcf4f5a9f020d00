package fr.gouv.ban.api.geocoding;

import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ErrorCode;
import fr.gouv.ban.geocoder.DocumentKind;
import fr.gouv.ban.geocoder.Filters;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the query parameters of the public address API: coordinates under all their aliases,
 * limits, and filters that may hold several values (repeated, or separated by spaces or {@code +})
 * meaning OR within a filter and AND across filters.
 */
final class SearchParameters {
  private static final int MAX_FILTER_VALUES = 10;
  private static final List<String> LAT = List.of("lat", "latitude");
  private static final List<String> LON = List.of("lon", "lng", "long", "longitude");

  private final MultivaluedMap<String, String> query;
  private final Map<String, List<String>> echoedFilters = new LinkedHashMap<>();

  SearchParameters(MultivaluedMap<String, String> query) {
    this.query = query;
  }

  String first(String name) {
    String v = query.getFirst(name);
    return v == null || v.isBlank() ? null : v.trim();
  }

  int limit(int fallback, int max) {
    String v = first("limit");
    if (v == null) {
      return fallback;
    }
    if (!v.matches("\\d{1,6}") || Integer.parseInt(v) < 1 || Integer.parseInt(v) > max) {
      throw invalid("limit must be an integer between 1 and " + max + ": " + v);
    }
    return Integer.parseInt(v);
  }

  boolean autocomplete() {
    String v = first("autocomplete");
    return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("no"));
  }

  /** {@code [lat, lon]}, or null when neither is given. */
  double[] point(boolean required) {
    String lat = firstOf(LAT);
    String lon = firstOf(LON);
    if (lat == null && lon == null) {
      if (required) {
        throw invalid("lat and lon are required");
      }
      return null;
    }
    if (lat == null || lon == null) {
      throw invalid("lat and lon go together");
    }
    double la = number("lat", lat);
    double lo = number("lon", lon);
    if (la < -90 || la > 90 || lo < -180 || lo > 180) {
      throw invalid("coordinates out of range: lat " + lat + ", lon " + lon);
    }
    return new double[] {la, lo};
  }

  Filters filters() {
    Filters f = Filters.NONE;
    List<String> types = values("type");
    if (!types.isEmpty()) {
      List<DocumentKind> kinds = new ArrayList<>();
      for (String t : types) {
        try {
          kinds.add(DocumentKind.fromWireName(t));
        } catch (IllegalArgumentException e) {
          throw invalid("type must be housenumber, street, locality or municipality: " + t);
        }
      }
      f = f.withTypes(kinds.toArray(DocumentKind[]::new));
    }
    List<String> postcodes = values("postcode");
    if (!postcodes.isEmpty()) {
      f = f.withPostcodes(postcodes.toArray(String[]::new));
    }
    List<String> citycodes = values("citycode");
    if (!citycodes.isEmpty()) {
      f = f.withCitycodes(citycodes.toArray(String[]::new));
    }
    return f;
  }

  /** Filters as given, values as lists: echoed in the response. */
  Map<String, List<String>> echoedFilters() {
    return echoedFilters;
  }

  private List<String> values(String name) {
    List<String> out = new ArrayList<>();
    for (String raw : query.getOrDefault(name, List.of())) {
      for (String v : raw.split("[\\s+]+")) {
        if (!v.isBlank()) {
          out.add(v);
        }
      }
    }
    if (out.size() > MAX_FILTER_VALUES) {
      throw invalid("at most " + MAX_FILTER_VALUES + " values for " + name);
    }
    if (!out.isEmpty()) {
      echoedFilters.put(name, out);
    }
    return out;
  }

  private String firstOf(List<String> names) {
    for (String n : names) {
      String v = first(n);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static double number(String name, String v) {
    try {
      double d = Double.parseDouble(v);
      if (!Double.isFinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw invalid(name + " must be a number: " + v);
    }
  }

  static BanException invalid(String message) {
    return new BanException(ErrorCode.INVALID_PARAMETER, message);
  }
}
