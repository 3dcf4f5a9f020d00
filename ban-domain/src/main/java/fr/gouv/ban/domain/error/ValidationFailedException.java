package fr.gouv.ban.domain.error;

import java.util.Map;

/** The body of a write is invalid; {@link #errors()} maps each field to its message. */
public class ValidationFailedException extends BanException {
  private static final long serialVersionUID = 1L;
  private final Map<String, String> errors;
  private final Map<String, String> rules;

  public ValidationFailedException(Violations violations) {
    super(ErrorCode.INVALID_FIELD, "Invalid data");
    this.errors = Map.copyOf(violations.asMap());
    this.rules = Map.copyOf(violations.rules());
  }

  public static ValidationFailedException of(String field, String message) {
    Violations v = new Violations();
    v.add(field, message);
    return new ValidationFailedException(v);
  }

  public Map<String, String> errors() {
    return errors;
  }

  /** Field to the id of the validation plugin that rejected it; body checks have none. */
  public Map<String, String> rules() {
    return rules;
  }

  /** One line per field, {@code field: message [rule]}, for import reports and logs. */
  public String summary() {
    StringBuilder b = new StringBuilder();
    new java.util.TreeMap<>(errors)
        .forEach(
            (field, message) -> {
              if (b.length() > 0) {
                b.append("; ");
              }
              b.append(field).append(": ").append(message);
              String rule = rules.get(field);
              if (rule != null) {
                b.append(" [").append(rule).append(']');
              }
            });
    return b.toString();
  }
}
