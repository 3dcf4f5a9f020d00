package fr.gouv.ban.api.error;

import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ErrorCode;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;
import java.util.UUID;

/**
 * Last resort. Domain exceptions wrapped by the transaction interceptor are unwrapped and mapped
 * like the others; anything else is a bug of ours: logged with a reference that the answer repeats,
 * never with the request's data in the body.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
  private static final System.Logger LOG =
      System.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context private UriInfo uri;

  @Override
  public Response toResponse(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BanException ban) {
        return BanExceptionMapper.map(ban, uri);
      }
    }
    return internal(e);
  }

  static Response internal(Throwable e) {
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.ERROR, ErrorCode.INTERNAL_ERROR.logId() + " unexpected failure " + reference, e);
    return Problem.of(
        500,
        ErrorCode.INTERNAL_ERROR,
        "Internal error, reference " + reference + ": please report it to the BAN team");
  }
}
