package fr.gouv.ban.api.resource;

import static fr.gouv.ban.domain.Jsonp.JSON;

import fr.gouv.ban.api.security.RequiresScope;
import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ErrorCode;
import fr.gouv.ban.domain.model.VersionedResource;
import fr.gouv.ban.domain.service.Redirects;
import fr.gouv.ban.domain.service.ResourceQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Former identifiers that lead to a resource: a lookup that finds nothing else follows them (302,
 * or 300 when several resources claim the value).
 */
@Path("/{resource: municipality|postcode|group|housenumber|position}/{ident}/redirects")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@ApplicationScoped
public class RedirectEndpoint {
  private static final String WRITE_SCOPE = "{resource}_write";

  @Inject private ResourceQueries queries;
  @Inject private Redirects redirects;

  @GET
  @Operation(summary = "The redirects to a resource, as name:value")
  public Response list(@PathParam("resource") String resource, @PathParam("ident") String ident) {
    VersionedResource target = queries.get(ResourceEndpoint.kind(resource), ident);
    List<String> all = redirects.of(target.kind(), target.getId());
    JsonArrayBuilder collection = JSON.createArrayBuilder();
    all.forEach(collection::add);
    return Response.ok(
            JSON.createObjectBuilder()
                .add("collection", collection)
                .add("total", all.size())
                .build()
                .toString())
        .build();
  }

  @PUT
  @RequiresScope(WRITE_SCOPE)
  @Path("{redirect}")
  @Operation(
      summary = "Add a redirect name:value to a resource (201)",
      description =
          "name is id or one of the resource's identifiers. When the value is the current"
              + " identifier of another resource, that resource's redirects move here too.")
  public Response put(
      @PathParam("resource") String resource,
      @PathParam("ident") String ident,
      @PathParam("redirect") String redirect) {
    VersionedResource target = queries.get(ResourceEndpoint.kind(resource), ident);
    redirects.put(target.kind(), target, redirect);
    return Response.status(201).build();
  }

  @DELETE
  @RequiresScope(WRITE_SCOPE)
  @Path("{redirect}")
  @Operation(summary = "Remove a redirect (204; 404 when there is no such redirect)")
  public Response delete(
      @PathParam("resource") String resource,
      @PathParam("ident") String ident,
      @PathParam("redirect") String redirect) {
    VersionedResource target = queries.get(ResourceEndpoint.kind(resource), ident);
    if (!redirects.remove(target.kind(), target, redirect)) {
      throw new BanException(
          ErrorCode.RESOURCE_NOT_FOUND, "No redirect " + redirect + " to " + target.getId());
    }
    return Response.noContent().build();
  }
}
