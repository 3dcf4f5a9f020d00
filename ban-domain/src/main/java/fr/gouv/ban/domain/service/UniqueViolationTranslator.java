package fr.gouv.ban.domain.service;

import fr.gouv.ban.domain.error.ValidationFailedException;
import fr.gouv.ban.domain.error.Violations;
import fr.gouv.ban.domain.resource.ResourceDefinition;
import fr.gouv.ban.domain.resource.UniqueKey;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Turns a unique-index violation raised by PostgreSQL (two concurrent writers passed the Java check
 * together) into the same 422 the check would have given.
 */
final class UniqueViolationTranslator {
  private static final String UNIQUE_VIOLATION = "23505";

  private UniqueViolationTranslator() {}

  static Optional<ValidationFailedException> translate(
      RuntimeException failure, ResourceDefinition<?> def) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        String message = String.valueOf(sql.getMessage());
        Violations v = new Violations();
        UniqueKey key = keyFor(def, message);
        for (String field : key.fields()) {
          v.add(field, "Duplicate entries: " + String.join(", ", key.fields()));
        }
        return Optional.of(new ValidationFailedException(v));
      }
    }
    return Optional.empty();
  }

  private static UniqueKey keyFor(ResourceDefinition<?> def, String message) {
    for (UniqueKey key : def.uniqueKeys()) {
      String index = key.fields().size() > 1 ? "natural_key" : "_" + key.fields().get(0) + "_key";
      if (message.contains(index)) {
        return key;
      }
    }
    return def.uniqueKeys().get(0);
  }
}
