package fr.gouv.ban.api.resource;

import static fr.gouv.ban.domain.Jsonp.JSON;

import fr.gouv.ban.api.security.CallerSessions;
import fr.gouv.ban.api.security.RequiresScope;
import fr.gouv.ban.domain.auth.TokenGrant;
import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ErrorCode;
import fr.gouv.ban.domain.service.MunicipalityMerge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** {@code POST /municipality/{ident}/merge}: communes merging into this one (administrators). */
@Path("/municipality/{ident}/merge")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@ApplicationScoped
public class MergeEndpoint {
  @Inject private MunicipalityMerge merge;
  @Inject private CallerSessions callers;

  @POST
  @RequiresScope("municipality_write")
  @Operation(
      summary = "Merge municipalities into this one (admin tokens only)",
      description =
          "Body {\"absorb\": [\"insee:01234\", ...]}. Moves their groups and postcodes here,"
              + " adds an area group per absorbed commune to their housenumbers' ancestors,"
              + " redirects their INSEE codes and ids here, then removes them; one transaction,"
              + " a version and a diff per change.")
  public Response merge(@PathParam("ident") String ident, InputStream body) {
    TokenGrant grant = callers.grant();
    if (grant.contributorType() != ContributorType.ADMIN) {
      throw new BanException(
          ErrorCode.INSUFFICIENT_SCOPE, "merging municipalities needs an admin token");
    }
    JsonValue absorb = JsonBodies.object(body, 1_048_576).get("absorb");
    List<String> absorbed = new ArrayList<>();
    if (absorb instanceof JsonArray array) {
      for (JsonValue v : array) {
        if (!(v instanceof JsonString s)) {
          absorbed.clear();
          break;
        }
        absorbed.add(s.getString());
      }
    }
    if (absorbed.isEmpty()) {
      throw new BanException(
          ErrorCode.MALFORMED_BODY,
          "The body is {\"absorb\": [\"insee:01234\", ...]}: the municipalities to absorb");
    }
    MunicipalityMerge.Report r = merge.merge(ident, absorbed, grant.session());
    JsonArrayBuilder ids = JSON.createArrayBuilder();
    r.absorbed().forEach(ids::add);
    JsonArrayBuilder areas = JSON.createArrayBuilder();
    r.areas().forEach(areas::add);
    JsonObject report =
        JSON.createObjectBuilder()
            .add("municipality", r.survivor())
            .add("absorbed", ids)
            .add("areas", areas)
            .add("changed", r.moved())
            .build();
    return Response.ok(report.toString()).build();
  }
}
