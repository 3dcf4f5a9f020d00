package fr.gouv.ban.domain.error;

import java.util.Objects;

/** Root of every failure the domain reports on purpose. */
public class BanException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ErrorCode code;

  public BanException(ErrorCode code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code);
  }

  public ErrorCode code() {
    return code;
  }
}
