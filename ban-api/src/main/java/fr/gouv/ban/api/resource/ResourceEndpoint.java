package fr.gouv.ban.api.resource;

import fr.gouv.ban.api.representation.CollectionPage;
import fr.gouv.ban.api.security.CallerSessions;
import fr.gouv.ban.api.security.RequiresScope;
import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ErrorCode;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.resource.Mask;
import fr.gouv.ban.domain.resource.WriteMode;
import fr.gouv.ban.domain.service.CollectionRequest;
import fr.gouv.ban.domain.service.Flags;
import fr.gouv.ban.domain.service.Rendered;
import fr.gouv.ban.domain.service.RenderedPage;
import fr.gouv.ban.domain.service.ResourceQueries;
import fr.gouv.ban.domain.service.ResourceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * CRUD, versions and lookups of the five versioned resources. One class serves all five: the
 * differences live in the domain's resource definitions.
 */
@Path("/{resource: municipality|postcode|group|housenumber|position}")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ResourceEndpoint {
  private static final String JSON = MediaType.APPLICATION_JSON;
  private static final String WRITE_SCOPE = "{resource}_write";

  @Inject private ResourceService service;
  @Inject private ResourceQueries queries;
  @Inject private CallerSessions callers;
  @Inject private PageParameters paging;
  @Inject private Flags flags;

  @Inject
  @ConfigProperty(name = "ban.http.max-body-bytes", defaultValue = "10485760")
  long maxBodyBytes;

  /** A proxy to the current request's URI: safe in an application-scoped resource. */
  @Context private UriInfo uri;

  @GET
  @Operation(
      summary = "List resources",
      description =
          "Paged with limit (default 20, at most 1000) and offset; filters of the resource kind,"
              + " repeated = OR; fields mask (*, dotted paths, *.*); bbox north/south/east/west"
              + " for housenumber and position.")
  public Response list(
      @PathParam("resource") String resource, @QueryParam("fields") String fields) {
    int limit = paging.limit(uri);
    int offset = paging.offset(uri);
    RenderedPage page =
        queries.page(
            new CollectionRequest(
                kind(resource), uri.getQueryParameters(), offset, limit, Mask.parse(fields), true));
    return CollectionPage.build(uri, page.items(), page.total(), offset, limit);
  }

  @POST
  @RequiresScope(WRITE_SCOPE)
  @Operation(summary = "Create a resource (or revive the deleted one with the same natural key)")
  public Response create(@PathParam("resource") String resource, InputStream body) {
    Rendered r = service.createAndRender(kind(resource), object(body), callers.current());
    return Response.created(uri.getAbsolutePathBuilder().path(r.id()).build())
        .tag(etag(r.version()))
        .entity(r.json().toString())
        .type(JSON)
        .build();
  }

  @GET
  @Path("{ident}")
  @Operation(summary = "Get a resource by id or name:value; 410 with its body when deleted")
  public Response get(
      @PathParam("resource") String resource,
      @PathParam("ident") String ident,
      @QueryParam("fields") String fields) {
    Rendered r = queries.single(kind(resource), ident, Mask.parse(fields));
    return Response.status(r.deleted() ? 410 : 200)
        .tag(etag(r.version()))
        .entity(r.json().toString())
        .type(JSON)
        .build();
  }

  @PATCH
  @RequiresScope(WRITE_SCOPE)
  @Path("{ident}")
  @Operation(summary = "Update some fields; version = current + 1 (or If-Match: current)")
  public Response patch(
      @PathParam("resource") String resource,
      @PathParam("ident") String ident,
      @HeaderParam("If-Match") String ifMatch,
      InputStream body) {
    return write(resource, ident, body, WriteMode.PATCH, ifMatch);
  }

  @POST
  @RequiresScope(WRITE_SCOPE)
  @Path("{ident}")
  @Operation(summary = "Same as PATCH")
  public Response postOnId(
      @PathParam("resource") String resource,
      @PathParam("ident") String ident,
      @HeaderParam("If-Match") String ifMatch,
      InputStream body) {
    return write(resource, ident, body, WriteMode.PATCH, ifMatch);
  }

  @PUT
  @RequiresScope(WRITE_SCOPE)
  @Path("{ident}")
  @Operation(summary = "Replace a resource; on a deleted resource, restores it")
  public Response put(
      @PathParam("resource") String resource,
      @PathParam("ident") String ident,
      @HeaderParam("If-Match") String ifMatch,
      InputStream body) {
    return write(resource, ident, body, WriteMode.REPLACE, ifMatch);
  }

  @DELETE
  @RequiresScope(WRITE_SCOPE)
  @Path("{ident}")
  @Operation(summary = "Soft-delete a resource that no active resource links to")
  public Response delete(
      @PathParam("resource") String resource,
      @PathParam("ident") String ident,
      @HeaderParam("If-Match") String ifMatch) {
    service.delete(kind(resource), ident, IfMatch.parse(ifMatch), callers.current());
    return Response.noContent().build();
  }

  @GET
  @Path("{ident}/versions")
  @Operation(summary = "The versions of a resource, oldest first, with their validity periods")
  public Response versions(
      @PathParam("resource") String resource, @PathParam("ident") String ident) {
    int limit = paging.limit(uri);
    int offset = paging.offset(uri);
    RenderedPage page = queries.versions(kind(resource), ident, offset, limit);
    return CollectionPage.build(uri, page.items(), page.total(), offset, limit);
  }

  @GET
  @Path("{ident}/versions/{ref}")
  @Operation(summary = "One version, by number or by date/datetime (UTC when naive)")
  public Response version(
      @PathParam("resource") String resource,
      @PathParam("ident") String ident,
      @PathParam("ref") String ref) {
    return Response.ok(queries.version(kind(resource), ident, ref).toString(), JSON).build();
  }

  @POST
  @RequiresScope(WRITE_SCOPE)
  @Path("{ident}/versions/{ref}/flag")
  @Operation(
      summary = "Flag (status true) or unflag (false) a version for the caller's client",
      description =
          "Body {\"status\": true|false}. One flag per version and client; unflagging removes"
              + " only the caller's client's flag. Answers the version with its flags.")
  public Response flag(
      @PathParam("resource") String resource,
      @PathParam("ident") String ident,
      @PathParam("ref") String ref,
      InputStream body) {
    JsonValue status = object(body).get("status");
    if (status != JsonValue.TRUE && status != JsonValue.FALSE) {
      throw new BanException(
          ErrorCode.INVALID_PARAMETER, "status must be true (flag) or false (unflag)");
    }
    if (!ref.matches("\\d{1,9}")) {
      throw new BanException(
          ErrorCode.VERSION_NOT_FOUND, "Version reference `" + ref + "` not found");
    }
    flags.set(
        kind(resource), ident, Integer.parseInt(ref), status == JsonValue.TRUE, callers.current());
    return Response.ok(queries.version(kind(resource), ident, ref).toString(), JSON).build();
  }

  private Response write(
      String resource, String ident, InputStream body, WriteMode mode, String ifMatch) {
    Rendered r =
        service.updateAndRender(
            kind(resource), ident, object(body), mode, IfMatch.parse(ifMatch), callers.current());
    return Response.ok(r.json().toString(), JSON).tag(etag(r.version())).build();
  }

  private JsonObject object(InputStream body) {
    return JsonBodies.object(body, maxBodyBytes);
  }

  /** The kind named by a path's {@code {resource}} (the path's regex only lets known ones in). */
  static ResourceKind kind(String resource) {
    return ResourceKind.fromWire(resource)
        .orElseThrow(() -> new BanException(ErrorCode.PATH_NOT_FOUND, "Path not found"));
  }

  private static EntityTag etag(int version) {
    return new EntityTag(String.valueOf(version));
  }
}
