package fr.gouv.ban.domain.error;

import jakarta.json.JsonObject;

/**
 * A write named a version that is not current + 1 and could not be merged. Carries the resource's
 * current data so that the client can retry without another round trip.
 */
public class VersionConflictException extends BanException {
  private static final long serialVersionUID = 1L;
  private final transient JsonObject current;

  public VersionConflictException(String message, JsonObject current) {
    super(ErrorCode.VERSION_CONFLICT, message);
    this.current = current;
  }

  /** The current resource's data, rendered by the API as {@code current}. */
  public JsonObject current() {
    return current;
  }
}
