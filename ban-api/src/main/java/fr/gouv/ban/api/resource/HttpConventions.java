package fr.gouv.ban.api.resource;

import fr.gouv.ban.api.error.Problem;
import fr.gouv.ban.domain.error.ErrorCode;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Conventions of every route: an optional trailing slash, bodies above the size limit refused
 * before they are read (413) except CSV uploads of the geocoder (streamed, no size limit), and CORS
 * open to all origins as the public API.
 */
@Provider
@PreMatching
public class HttpConventions implements ContainerRequestFilter, ContainerResponseFilter {
  @Inject
  @ConfigProperty(name = "ban.http.max-body-bytes", defaultValue = "10485760")
  long maxBodyBytes;

  private static final java.util.List<String> UPLOADS =
      java.util.List.of("/import/", "/search/csv", "/reverse/csv");

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getRequestUri().getRawPath();
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
      request.setRequestUri(
          UriBuilder.fromUri(request.getUriInfo().getRequestUri()).replacePath(path).build());
    }
    if (request.getLength() > maxBodyBytes && !isUpload(path)) {
      request.abortWith(
          Problem.of(
              413,
              ErrorCode.PAYLOAD_TOO_LARGE,
              "Request body larger than " + maxBodyBytes + " bytes"));
    }
  }

  /**
   * Routes that take files (imports, CSV geocoding): they stream their body to disk or through the
   * geocoder and apply their own limit ({@code ban.import.max-bytes}; none for CSV).
   */
  static boolean isUpload(String path) {
    return UPLOADS.stream().anyMatch(path::startsWith);
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
    response.getHeaders().putSingle("Access-Control-Expose-Headers", "ETag, Link, Location");
    if ("OPTIONS".equals(request.getMethod())) {
      // preflight of browser clients that send a token or a JSON body
      response
          .getHeaders()
          .putSingle("Access-Control-Allow-Headers", "Authorization, Content-Type, If-Match");
      response
          .getHeaders()
          .putSingle("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS");
    }
  }
}
