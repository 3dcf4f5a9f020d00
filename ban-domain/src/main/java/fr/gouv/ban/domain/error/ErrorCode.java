package fr.gouv.ban.domain.error;

/**
 * Stable machine codes of every failure the server reports. The name is the {@code code} of problem
 * bodies; the number is the {@code BAN-nnnn} used in logs (ranges in docs/error-codes.md: 1xxx
 * domain, 2xxx auth, 3xxx plugins, 4xxx geocoder, 9xxx protocol).
 */
public enum ErrorCode {
  RESOURCE_NOT_FOUND(1001),
  RESOURCE_DELETED(1002),
  VERSION_CONFLICT(1003),
  INVALID_FIELD(1004),
  STILL_LINKED(1005),
  PRECONDITION_FAILED(1006),
  VERSION_NOT_FOUND(1007),
  INVALID_PARAMETER(1008),
  REDIRECTED(1009),
  INVALID_IDENTIFIER(1010),
  UNAUTHENTICATED(2001),
  INSUFFICIENT_SCOPE(2002),
  INVALID_CLIENT(2003),
  INVALID_TOKEN_REQUEST(2004),
  UNSUPPORTED_GRANT_TYPE(2005),
  RATE_LIMITED(2006),
  IMPORT_KIND_UNKNOWN(3001),
  IMPORT_NOT_FOUND(3002),
  IMPORT_FAILED(3003),
  IMPORT_FILE_MISSING(3004),
  GEOCODER_NOT_READY(4001),
  QUERY_TOO_LONG(4002),
  MALFORMED_BODY(9001),
  PATH_NOT_FOUND(9002),
  METHOD_NOT_ALLOWED(9003),
  PAYLOAD_TOO_LARGE(9004),
  UNSUPPORTED_MEDIA_TYPE(9005),
  NOT_ACCEPTABLE(9006),
  SERVICE_UNAVAILABLE(9007),
  INTERNAL_ERROR(9999);

  private final int number;

  ErrorCode(int number) {
    this.number = number;
  }

  /** The log form, e.g. {@code BAN-1003}. */
  public String logId() {
    return "BAN-" + number;
  }
}
