package fr.gouv.ban.api.geocoding;

import fr.gouv.ban.api.security.PublicRoute;
import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ErrorCode;
import fr.gouv.ban.geocoder.Filters;
import fr.gouv.ban.geocoder.Geocoder;
import fr.gouv.ban.geocoder.Hit;
import fr.gouv.ban.geocoder.ReverseQuery;
import fr.gouv.ban.geocoder.SearchQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /search} and {@code GET /reverse} with the parameters and GeoCodeJSON answers of the
 * public address API (adresse.data.gouv.fr), so existing clients work unchanged. Answers come from
 * the node's memory only: the database is never read here. Answers are UTF-8 bytes written by
 * {@link GeocodeJson}, which JAX-RS sends as they are.
 */
@PublicRoute
@Path("/")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class GeocodingEndpoint {
  private static final int MAX_LIMIT = 100;

  @Inject private GeocoderIndex index;

  @GET
  @Path("search")
  @Operation(
      summary = "Search addresses, streets, localities and municipalities",
      description =
          "q (required, at most 200 characters), limit (1-100, default 5), autocomplete (default"
              + " 1), lat/lon bias, filters type, postcode, citycode (several values = OR).")
  public byte[] search(@Context UriInfo uri) {
    SearchParameters p = new SearchParameters(uri.getQueryParameters());
    String q = p.first("q");
    if (q == null) {
      throw SearchParameters.invalid("q is required");
    }
    if (q.length() > SearchQuery.MAX_LENGTH) {
      throw new BanException(
          ErrorCode.QUERY_TOO_LONG, "q is longer than " + SearchQuery.MAX_LENGTH + " characters");
    }
    int limit = p.limit(SearchQuery.DEFAULT_LIMIT, MAX_LIMIT);
    double[] center = p.point(false);
    Filters filters = p.filters();
    SearchQuery query =
        SearchQuery.of(q).withLimit(limit).withAutocomplete(p.autocomplete()).withFilters(filters);
    if (center != null) {
      query = query.withCenter(center[0], center[1]);
    }
    List<Hit> hits = geocoder().search(query);
    return GeocodeJson.collection(hits, q, p.echoedFilters(), center, limit);
  }

  @GET
  @Path("reverse")
  @Operation(
      summary = "The nearest addresses or streets of a point",
      description = "lat and lon (required), limit (default 1), filters type, postcode, citycode.")
  public byte[] reverse(@Context UriInfo uri) {
    SearchParameters p = new SearchParameters(uri.getQueryParameters());
    double[] point = p.point(true);
    int limit = p.limit(1, MAX_LIMIT);
    Filters filters = p.filters();
    List<Hit> hits =
        geocoder()
            .reverse(ReverseQuery.at(point[0], point[1]).withLimit(limit).withFilters(filters));
    return GeocodeJson.collection(hits, null, p.echoedFilters(), point, limit);
  }

  private Geocoder geocoder() {
    return index
        .current()
        .orElseThrow(
            () ->
                new BanException(
                    ErrorCode.GEOCODER_NOT_READY,
                    "The geocoder is not ready (" + index.notReadyReason() + "): retry shortly"));
  }
}
