package fr.gouv.ban.domain.error;

import java.util.Map;

/** The body of a write is invalid; {@link #errors()} maps each field to its message. */
public class ValidationFailedException extends BanException {
  private static final long serialVersionUID = 1L;
  private final Map<String, String> errors;

  public ValidationFailedException(Violations violations) {
    super(ErrorCode.INVALID_FIELD, "Invalid data");
    this.errors = Map.copyOf(violations.asMap());
  }

  public static ValidationFailedException of(String field, String message) {
    Violations v = new Violations();
    v.add(field, message);
    return new ValidationFailedException(v);
  }

  public Map<String, String> errors() {
    return errors;
  }
}
