package fr.gouv.ban.api.geocoding;

import static fr.gouv.ban.domain.Jsonp.JSON;

import fr.gouv.ban.api.resource.JsonBodies;
import fr.gouv.ban.api.security.PublicRoute;
import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ErrorCode;
import fr.gouv.ban.geocoder.DocumentKind;
import fr.gouv.ban.geocoder.Filters;
import fr.gouv.ban.geocoder.Geocoder;
import fr.gouv.ban.geocoder.Hit;
import fr.gouv.ban.geocoder.ReverseQuery;
import fr.gouv.ban.geocoder.SearchQuery;
import fr.gouv.ban.geocoder.batch.CsvBatchException;
import fr.gouv.ban.geocoder.batch.CsvBatchOptions;
import fr.gouv.ban.geocoder.batch.CsvDialect;
import fr.gouv.ban.geocoder.batch.CsvGeocoder;
import fr.gouv.ban.geocoder.batch.Encodings;
import fr.gouv.ban.geocoder.batch.OrderedBlocks;
import fr.gouv.ban.geocoder.batch.ResultColumns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Batch geocoding: {@code POST /search/csv} and {@code POST /reverse/csv} with addok-csv's form (a
 * {@code data} file plus column names), streamed in constant memory and without size limit; {@code
 * POST /search/batch} with addok-server's JSON batch. Rows and requests are geocoded on the node's
 * {@link BatchWorkers}, answers keep the input order.
 */
@PublicRoute
@Path("/")
@ApplicationScoped
public class BatchGeocodingEndpoint {
  /** Largest text field of a CSV form (column names, encoding...). */
  static final int MAX_FIELD_BYTES = 16 * 1024;

  /** addok-server accepts 100; this engine answers a thousand in well under a second. */
  static final int MAX_BATCH_REQUESTS = 1_000;

  private static final int MAX_FORM_FIELDS = 200;
  private static final int JSON_BLOCK = 16;

  @Inject private GeocoderIndex index;
  @Inject private BatchWorkers workers;

  @Inject
  @ConfigProperty(name = "ban.http.max-body-bytes", defaultValue = "10485760")
  long maxBodyBytes;

  /** Where uploads are spooled; default the JVM's temporary directory. */
  @Inject
  @ConfigProperty(name = "ban.geocoder.batch-tmp-dir")
  Optional<String> spoolDirectory;

  @POST
  @Path("search/csv")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Geocode a CSV file",
      description =
          "multipart/form-data: data (the CSV file), columns (repeatable: columns joined to make"
              + " the query; default all), postcode/citycode/type (the column holding that filter),"
              + " lat/lon (columns of a bias point), result_columns (repeatable), delimiter, quote,"
              + " encoding, with_bom. Answers the same CSV with the result columns and"
              + " result_status (ok, not-found, skipped, error) on each row, in input order. No"
              + " size limit.")
  public Response searchCsv(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, InputStream body) {
    return csv(false, type, body);
  }

  @POST
  @Path("reverse/csv")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Reverse geocode a CSV file",
      description =
          "multipart/form-data: data (the CSV file with latitude|lat and longitude|lon|lng|long"
              + " columns, or lat/lon naming them), postcode/citycode/type filter columns,"
              + " result_columns, delimiter, quote, encoding, with_bom.")
  public Response reverseCsv(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, InputStream body) {
    return csv(true, type, body);
  }

  @POST
  @Path("search/batch")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Geocode a JSON batch (addok-server's POST /batch)",
      description =
          "{\"params\": {...common}, \"requests\": [{\"id\": ..., \"operation\": \"geocode\" |"
              + " \"reverse\", \"params\": {\"q\"|\"lat\",\"lon\", \"filters\": {...}}}]}, at"
              + " most 1,000 requests: {\"results\": [{\"id\", \"status\": ok | not-found |"
              + " error, \"result\": {properties of the best feature, next_score, lon, lat}}]}"
              + " in request order.")
  public String batch(InputStream body) {
    JsonValue value = JsonBodies.value(body, maxBodyBytes);
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw malformed("The body must be a JSON object with a requests array");
    }
    JsonObject root = value.asJsonObject();
    if (!(root.get("requests") instanceof JsonArray requests)) {
      throw malformed("requests is a required param (array)");
    }
    if (requests.size() > MAX_BATCH_REQUESTS) {
      throw malformed("requests must not contain more than " + MAX_BATCH_REQUESTS + " items");
    }
    JsonValue global = root.getOrDefault("params", JsonValue.EMPTY_JSON_OBJECT);
    if (global.getValueType() != JsonValue.ValueType.OBJECT) {
      throw malformed("params must be an object");
    }
    for (int i = 0; i < requests.size(); i++) {
      if (!(requests.get(i) instanceof JsonObject r)) {
        throw malformed("requests[" + i + "] must be an object");
      }
      if (!(r.get("operation") instanceof JsonString op)
          || !List.of("geocode", "reverse").contains(op.getString())) {
        throw malformed("requests[" + i + "].operation must be one of geocode or reverse");
      }
      if (!(r.get("params") instanceof JsonObject)) {
        throw malformed("requests[" + i + "].params is required (object)");
      }
    }
    Geocoder geocoder = geocoder();
    JsonArrayBuilder results = JSON.createArrayBuilder();
    OrderedBlocks.run(
        requests.getValuesAs(JsonObject.class).iterator(),
        JSON_BLOCK,
        4 * workers.threads(),
        r -> answer(geocoder, global.asJsonObject(), r),
        workers.executor(),
        results::add);
    return JSON.createObjectBuilder().add("results", results).build().toString();
  }

  // --- CSV --------------------------------------------------------------------------------------

  private Response csv(boolean reverse, String contentType, InputStream body) {
    String boundary = MultipartStream.boundary(contentType);
    if (boundary == null) {
      throw malformed("multipart/form-data with a boundary is expected");
    }
    Geocoder geocoder = geocoder();
    Map<String, List<String>> fields = new LinkedHashMap<>();
    CsvUpload upload = null;
    try {
      MultipartStream form = new MultipartStream(body, boundary);
      int parts = 0;
      for (MultipartStream.Part p; (p = form.next()) != null; ) {
        if (++parts > MAX_FORM_FIELDS) {
          throw malformed("more than " + MAX_FORM_FIELDS + " form fields");
        }
        if (p.name().equals("data")) {
          if (upload != null) {
            throw malformed("one data file per request");
          }
          upload =
              CsvUpload.spool(
                  p.content(),
                  p.filename(),
                  spoolDirectory.map(java.nio.file.Path::of).orElse(null));
        } else {
          fields
              .computeIfAbsent(p.name(), k -> new ArrayList<>())
              .add(p.text(MAX_FIELD_BYTES).trim());
        }
      }
      if (upload == null) {
        throw malformed("A CSV file must be provided in the data field");
      }
      Response answer = prepare(reverse, geocoder, fields, upload);
      upload = null; // owned by the answer now
      return answer;
    } catch (MultipartStream.FieldTooLargeException e) {
      throw new BanException(ErrorCode.PAYLOAD_TOO_LARGE, e.getMessage());
    } catch (MultipartStream.MalformedException e) {
      throw malformed("Malformed multipart body: " + e.getMessage());
    } catch (CsvBatchException e) {
      throw SearchParameters.invalid(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (upload != null) {
        upload.close();
      }
    }
  }

  private Response prepare(
      boolean reverse, Geocoder geocoder, Map<String, List<String>> fields, CsvUpload upload)
      throws IOException {
    String encoding = first(fields, "encoding");
    Charset charset = Encodings.choose(encoding, upload.check());
    if (encoding != null && charset.equals(StandardCharsets.UTF_8) && !upload.check().isValid()) {
      throw SearchParameters.invalid(
          "The file is not valid UTF-8 (byte "
              + upload.check().firstInvalidOffset()
              + "): give its encoding (encoding=windows-1252, latin-1...) or leave encoding out"
              + " to detect it");
    }
    CsvDialect dialect =
        CsvDialect.sniff(
            upload.sample(charset),
            CsvDialect.character("delimiter", first(fields, "delimiter")),
            CsvDialect.character("quote", first(fields, "quote")));
    Map<String, String> filters = new LinkedHashMap<>();
    for (String f : ResultColumns.FILTERS) {
      String column = first(fields, f);
      if (column != null) {
        filters.put(f, column);
      }
    }
    CsvBatchOptions options =
        new CsvBatchOptions(
            reverse,
            fields.getOrDefault("columns", List.of()).stream().filter(c -> !c.isEmpty()).toList(),
            first(fields, "lat"),
            first(fields, "lon"),
            filters,
            fields.getOrDefault("result_columns", List.of()).stream()
                .filter(c -> !c.isEmpty())
                .toList(),
            dialect);
    try (Reader r = upload.reader(charset)) {
      CsvGeocoder.validate(r, dialect);
    }
    CsvGeocoder csv = new CsvGeocoder(geocoder, workers.executor(), workers.threads());
    try (Reader r = upload.reader(charset)) {
      csv.checkHeader(r, options);
    }
    String withBom = first(fields, "with_bom");
    boolean bom =
        charset.equals(StandardCharsets.UTF_8)
            && (withBom == null ? upload.check().hasBom() : truthy(withBom));
    StreamingOutput out =
        stream -> {
          try (upload;
              Reader r = upload.reader(charset);
              Writer w = new BufferedWriter(new OutputStreamWriter(stream, charset), 64 * 1024)) {
            if (bom) {
              w.write('\uFEFF');
            }
            csv.run(r, w, options);
          }
        };
    return Response.ok(out)
        .type("text/csv; charset=" + charset.name().toLowerCase(Locale.ROOT))
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + upload.baseName() + ".geocoded.csv\"")
        .build();
  }

  private static String first(Map<String, List<String>> fields, String name) {
    List<String> v = fields.get(name);
    return v == null || v.isEmpty() || v.get(0).isEmpty() ? null : v.get(0);
  }

  private static boolean truthy(String v) {
    return List.of("1", "true", "yes", "on").contains(v.toLowerCase(Locale.ROOT));
  }

  // --- JSON batch -------------------------------------------------------------------------------

  /** One request's answer; never throws: a bad request is an {@code error} item. */
  private static JsonObject answer(Geocoder geocoder, JsonObject global, JsonObject request) {
    JsonObjectBuilder out = JSON.createObjectBuilder();
    JsonValue id = request.get("id");
    if (id != null) {
      out.add("id", id);
    }
    try {
      JsonObject params = merge(global, request.getJsonObject("params"));
      boolean reverse = request.getString("operation").equals("reverse");
      Filters filters = filters(params);
      List<Hit> hits;
      if (reverse) {
        double[] p = point(params, true);
        hits = geocoder.reverse(ReverseQuery.at(p[0], p[1]).withLimit(2).withFilters(filters));
      } else {
        String q = text(params.get("q"));
        if (q == null || q.isBlank()) {
          throw new IllegalArgumentException("q is required");
        }
        if (q.length() > SearchQuery.MAX_LENGTH) {
          throw new IllegalArgumentException(
              "q is longer than " + SearchQuery.MAX_LENGTH + " characters");
        }
        SearchQuery query =
            SearchQuery.of(q.trim()).withLimit(2).withAutocomplete(false).withFilters(filters);
        double[] center = point(params, false);
        if (center != null) {
          query = query.withCenter(center[0], center[1]);
        }
        hits = geocoder.search(query);
      }
      if (hits.isEmpty()) {
        return out.add("status", "not-found").build();
      }
      JsonObject feature = GeocodeJson.feature(hits.get(0));
      JsonObjectBuilder result = JSON.createObjectBuilder(feature.getJsonObject("properties"));
      if (hits.size() > 1) {
        result.add("next_score", Math.round(hits.get(1).score() * 1e5) / 1e5);
      }
      JsonArray coordinates = feature.getJsonObject("geometry").getJsonArray("coordinates");
      result.add("lon", coordinates.get(0)).add("lat", coordinates.get(1));
      return out.add("status", "ok").add("result", result).build();
    } catch (RuntimeException e) {
      return out.add("status", "error").add("error", String.valueOf(e.getMessage())).build();
    }
  }

  /** The request's params over the global ones; {@code filters} objects merged the same way. */
  private static JsonObject merge(JsonObject global, JsonObject own) {
    JsonObjectBuilder b = JSON.createObjectBuilder(global);
    own.forEach(b::add);
    if (global.get("filters") instanceof JsonObject gf
        && own.get("filters") instanceof JsonObject of) {
      JsonObjectBuilder f = JSON.createObjectBuilder(gf);
      of.forEach(f::add);
      b.add("filters", f);
    }
    return b.build();
  }

  /** {@code filters: {type, postcode, citycode}} (strings with {@code +}/spaces, or arrays). */
  private static Filters filters(JsonObject params) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    JsonValue nested = params.get("filters");
    for (String name : ResultColumns.FILTERS) {
      List<String> v = new ArrayList<>();
      if (nested instanceof JsonObject f) {
        v.addAll(values(f.get(name)));
      }
      v.addAll(values(params.get(name)));
      if (v.size() > 10) {
        throw new IllegalArgumentException("at most 10 values for " + name);
      }
      values.put(name, v);
    }
    Filters out = Filters.NONE;
    if (!values.get("type").isEmpty()) {
      List<DocumentKind> kinds = new ArrayList<>();
      for (String t : values.get("type")) {
        try {
          kinds.add(DocumentKind.fromWireName(t));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "type must be housenumber, street, locality or municipality: " + t);
        }
      }
      out = out.withTypes(kinds.toArray(DocumentKind[]::new));
    }
    if (!values.get("postcode").isEmpty()) {
      out = out.withPostcodes(values.get("postcode").toArray(String[]::new));
    }
    if (!values.get("citycode").isEmpty()) {
      out = out.withCitycodes(values.get("citycode").toArray(String[]::new));
    }
    return out;
  }

  private static List<String> values(JsonValue v) {
    List<String> out = new ArrayList<>();
    if (v instanceof JsonArray a) {
      a.forEach(x -> out.addAll(values(x)));
    } else {
      String s = text(v);
      if (s != null) {
        for (String part : s.split("[\\s+]+")) {
          if (!part.isBlank()) {
            out.add(part);
          }
        }
      }
    }
    return out;
  }

  private static String text(JsonValue v) {
    if (v instanceof JsonString s) {
      return s.getString();
    }
    if (v instanceof JsonNumber n) {
      return n.toString();
    }
    return null;
  }

  private static double[] point(JsonObject params, boolean required) {
    String lat = text(params.get("lat"));
    String lon = text(params.get("lon"));
    if (lon == null) {
      lon = text(params.get("lng"));
    }
    if (lat == null && lon == null) {
      if (required) {
        throw new IllegalArgumentException("lat and lon are required");
      }
      return null;
    }
    if (lat == null || lon == null) {
      throw new IllegalArgumentException("lat and lon go together");
    }
    double la;
    double lo;
    try {
      la = Double.parseDouble(lat);
      lo = Double.parseDouble(lon);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("lat and lon must be numbers: " + lat + ", " + lon);
    }
    if (!(la >= -90 && la <= 90 && lo >= -180 && lo <= 180)) {
      throw new IllegalArgumentException("coordinates out of range: lat " + lat + ", lon " + lon);
    }
    return new double[] {la, lo};
  }

  // --- shared -----------------------------------------------------------------------------------

  private Geocoder geocoder() {
    return index
        .current()
        .orElseThrow(
            () ->
                new BanException(
                    ErrorCode.GEOCODER_NOT_READY,
                    "The geocoder is not ready (" + index.notReadyReason() + "): retry shortly"));
  }

  private static BanException malformed(String message) {
    return new BanException(ErrorCode.MALFORMED_BODY, message);
  }
}
