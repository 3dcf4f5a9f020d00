package fr.gouv.ban.api.error;

import fr.gouv.ban.domain.error.ErrorCode;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own failures (unknown path, wrong method, bad parameter) as problem+json. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Override
  public Response toResponse(WebApplicationException e) {
    if (e instanceof NotFoundException) {
      return Problem.of(404, ErrorCode.PATH_NOT_FOUND, "Path not found");
    }
    if (e instanceof NotAllowedException) {
      Response r = Problem.of(405, ErrorCode.METHOD_NOT_ALLOWED, "Method not allowed");
      return Response.fromResponse(r).allow(e.getResponse().getAllowedMethods()).build();
    }
    if (e instanceof NotSupportedException) {
      return Problem.of(415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type");
    }
    if (e instanceof NotAcceptableException) {
      return Problem.of(406, ErrorCode.NOT_ACCEPTABLE, "Not acceptable: this API answers JSON");
    }
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return UnexpectedExceptionMapper.internal(e);
    }
    if (status == 413) {
      return Problem.of(413, ErrorCode.PAYLOAD_TOO_LARGE, "Request body too large");
    }
    if (status >= 300 && status < 400) {
      return e.getResponse();
    }
    return Problem.of(status, ErrorCode.INVALID_PARAMETER, messageOf(e));
  }

  private static String messageOf(WebApplicationException e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? "Bad request" : m;
  }
}
