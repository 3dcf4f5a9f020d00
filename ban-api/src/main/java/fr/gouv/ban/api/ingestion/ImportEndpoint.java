package fr.gouv.ban.api.ingestion;

import fr.gouv.ban.api.security.AccessControlFilter;
import fr.gouv.ban.api.security.CallerSessions;
import fr.gouv.ban.api.security.ScopesCheckedByRoute;
import fr.gouv.ban.domain.auth.Scopes;
import fr.gouv.ban.domain.auth.TokenGrant;
import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ErrorCode;
import fr.gouv.ban.domain.ingestion.ImportJob;
import fr.gouv.ban.domain.ingestion.Importer;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * {@code POST /import/{kind}}: the request body is the file (gzip or not; or {@code
 * multipart/form-data} with the file in the field {@code data}, as the original API), kept in a
 * temporary file while the job runs in the background; 202 with the job. {@code GET /import/{job}}
 * gives its progress, counts and the rejected rows; {@code GET /import/{job}/report} the per-row
 * report as CSV. Jobs live on the node that runs them.
 */
@Path("/import")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@ApplicationScoped
public class ImportEndpoint {
  @Inject private Importer importer;
  @Inject private CallerSessions callers;
  @Inject private ImportUploads uploads;

  @Inject
  @ConfigProperty(name = "ban.import.chunk-size", defaultValue = "5000")
  int chunkSize;

  @Resource private ManagedExecutorService executor;

  @POST
  @Path("{kind}")
  @Consumes(MediaType.WILDCARD)
  @ScopesCheckedByRoute // import_<kind>, once the kind is known to exist (else 404)
  @Operation(
      summary = "Import a file of this kind (bal, ban, addok, laposte, topo, osm, sdis...)",
      description =
          "The body is the file (or multipart field `data`); `dry_run=true` checks everything"
              + " and writes nothing. Answers 202 with the job; follow it at"
              + " /import/{job}. Chunks of ban.import.chunk-size rows commit in turn.")
  public Response start(
      @PathParam("kind") String kind,
      @QueryParam("dry_run") @DefaultValue("false") boolean dryRun,
      @QueryParam("filename") String fileName,
      @Context HttpServletRequest request,
      @Context UriInfo uri)
      throws IOException {
    TokenGrant grant = callers.grant();
    importer.requireKind(kind);
    String scope = Scopes.importing(kind);
    if (!grant.hasScope(scope)) {
      return AccessControlFilter.insufficientScope(
          "this token (contributor type "
              + grant.contributorType().wireName()
              + ") lacks the scope "
              + scope,
          scope);
    }
    ImportUploads.Upload upload = uploads.receive(request);
    String name = fileName != null ? fileName : upload.fileName();
    ImportJob job;
    try {
      job = importer.prepare(kind, name, upload.file(), grant.session(), dryRun, chunkSize);
    } catch (RuntimeException e) {
      Files.deleteIfExists(upload.file());
      throw e;
    }
    executor.submit(
        () -> {
          try {
            importer.run(job);
          } finally {
            delete(upload.file());
          }
        });
    return Response.accepted(ImportJobs.json(job, false).toString())
        .location(uri.getBaseUriBuilder().path("import").path(job.id()).build())
        .build();
  }

  @GET
  @Path("{job}")
  @Operation(summary = "An import's progress, counts and rejected rows")
  public String job(@PathParam("job") String id) {
    return ImportJobs.json(visible(id), true).toString();
  }

  @GET
  @Path("{job}/report")
  @Produces("text/csv")
  @Operation(summary = "An import's per-row report (line;resource;reason), CSV")
  public Response report(@PathParam("job") String id) {
    ImportJob job = visible(id);
    StreamingOutput csv =
        out -> {
          var writer =
              new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
          try (CSVPrinter p =
              new CSVPrinter(
                  writer,
                  CSVFormat.DEFAULT
                      .builder()
                      .setDelimiter(';')
                      .setHeader("line", "resource", "status", "reason")
                      .build())) {
            for (ImportJob.Rejection r : job.rejections()) {
              p.printRecord(
                  r.line(), r.kind() == null ? "" : r.kind().wireName(), "rejected", r.reason());
            }
          }
        };
    return Response.ok(csv).build();
  }

  /** A job is shown to the client that started it, and to administrators. */
  private ImportJob visible(String id) {
    ImportJob job =
        importer
            .job(id)
            .orElseThrow(
                () -> new BanException(ErrorCode.IMPORT_NOT_FOUND, "No import `" + id + "` here"));
    TokenGrant grant = callers.grant();
    boolean owner = java.util.Objects.equals(job.clientName(), grant.session().clientName());
    if (!owner && grant.contributorType() != ContributorType.ADMIN) {
      throw new BanException(ErrorCode.IMPORT_NOT_FOUND, "No import `" + id + "` here");
    }
    return job;
  }

  private static void delete(java.nio.file.Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
