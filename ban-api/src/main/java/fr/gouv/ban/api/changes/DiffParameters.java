package fr.gouv.ban.api.changes;

import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ErrorCode;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.service.DiffFeed;
import fr.gouv.ban.domain.service.VersionInstant;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.OffsetDateTime;
import java.util.List;

/** Reads the diff feed's query parameters; bad values are 400s that name the parameter. */
final class DiffParameters {
  private DiffParameters() {}

  /**
   * @param after the increment to start after, overriding {@code increment} (Last-Event-ID), or
   *     null
   */
  static DiffFeed.Query read(MultivaluedMap<String, String> query, String after) {
    String increment = after != null ? after : query.getFirst("increment");
    return new DiffFeed.Query(
        increment(increment),
        instant(query, "since"),
        instant(query, "until"),
        resources(query.get("resource")),
        query.get("insee") == null ? List.of() : List.copyOf(query.get("insee")));
  }

  private static long increment(String text) {
    if (text == null || text.isEmpty()) {
      return 0;
    }
    try {
      long v = Long.parseLong(text.strip());
      if (v >= 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new BanException(
        ErrorCode.INVALID_PARAMETER,
        "Invalid value for increment: " + text + " (a diff increment, 0 or more)");
  }

  private static OffsetDateTime instant(MultivaluedMap<String, String> query, String name) {
    String text = query.getFirst(name);
    if (text == null || text.isEmpty()) {
      return null;
    }
    return VersionInstant.parse(text)
        .orElseThrow(
            () ->
                new BanException(
                    ErrorCode.INVALID_PARAMETER,
                    "Invalid value for "
                        + name
                        + ": "
                        + text
                        + " (ISO date or date-time, UTC"
                        + " when without offset)"));
  }

  private static List<String> resources(List<String> values) {
    if (values == null) {
      return List.of();
    }
    for (String v : values) {
      if (ResourceKind.fromWire(v).isEmpty()) {
        throw new BanException(
            ErrorCode.INVALID_PARAMETER,
            "Invalid value for resource: "
                + v
                + " (municipality, postcode, group, housenumber"
                + " or position)");
      }
    }
    return List.copyOf(values);
  }
}
