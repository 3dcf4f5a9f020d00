package fr.gouv.ban.domain.service;

import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ErrorCode;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.model.VersionedResource;
import fr.gouv.ban.domain.resource.Filter;
import fr.gouv.ban.domain.resource.ResourceDefinition;
import jakarta.persistence.TypedQuery;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Translates collection query parameters into a JPQL where clause on alias {@code e}: the kind's
 * filters (repeated values = OR, empty value = "is null", unknown parameters ignored), the name
 * search, and the bounding box through the PostGIS GiST index.
 */
final class CollectionFilter {
  private static final Set<ResourceKind> NAMED =
      Set.of(ResourceKind.MUNICIPALITY, ResourceKind.POSTCODE, ResourceKind.GROUP);
  private static final List<String> BBOX = List.of("west", "south", "east", "north");
  private static final String ENVELOPE =
      "FUNCTION('ST_Intersects', %s.center, FUNCTION('ST_MakeEnvelope', :west, :south, :east,"
          + " :north, 4326)) = TRUE";

  private final StringBuilder where = new StringBuilder(" where e.deletedAt is null");
  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private boolean matchesNothing;

  CollectionFilter(
      ResourceDefinition<?> def, Map<String, List<String>> query, ResourceRepository repository) {
    def.filters()
        .forEach(
            (name, filter) -> {
              List<String> values = query.get(name);
              if (values != null && !values.isEmpty()) {
                add(filter, values, repository);
              }
            });
    if (NAMED.contains(def.kind())) {
      addNameSearch(query);
    }
    addFlaggedBy(def.kind(), query.get("flagged_by"));
    if (def.kind() == ResourceKind.HOUSENUMBER || def.kind() == ResourceKind.POSITION) {
      addBbox(def.kind(), query);
    }
  }

  String whereClause() {
    return where.toString();
  }

  /** A reference filter resolved to nothing: the answer is empty without querying. */
  boolean matchesNothing() {
    return matchesNothing;
  }

  <T> TypedQuery<T> bind(TypedQuery<T> q) {
    parameters.forEach(q::setParameter);
    return q;
  }

  private void add(Filter filter, List<String> values, ResourceRepository repository) {
    boolean wantsNull = values.contains("");
    List<Object> targets = new ArrayList<>();
    for (String v : values) {
      if (v.isEmpty()) {
        continue;
      }
      if (filter.kind() == Filter.Kind.TEXT) {
        targets.add(v);
      } else {
        resolve(filter.target(), v, repository).ifPresent(targets::add);
      }
    }
    String p = "p" + parameters.size();
    List<String> alternatives = new ArrayList<>();
    if (!targets.isEmpty()) {
      parameters.put(p, targets);
      alternatives.add(
          filter.kind() == Filter.Kind.REFERENCE_MEMBER
              ? "exists (select x from Housenumber x join x."
                  + filter.attribute()
                  + " a where x = e and a in :"
                  + p
                  + ")"
              : "e." + filter.attribute() + " in :" + p);
    }
    if (wantsNull && filter.kind() != Filter.Kind.REFERENCE_MEMBER) {
      alternatives.add("e." + filter.attribute() + " is null");
    }
    if (alternatives.isEmpty()) {
      matchesNothing = true;
      where.append(" and 1 = 0");
    } else {
      where.append(" and (").append(String.join(" or ", alternatives)).append(')');
    }
  }

  private static Optional<VersionedResource> resolve(
      ResourceKind kind, String value, ResourceRepository repository) {
    try {
      return repository.find(kind, Ident.parse(kind, value)).filter(r -> !r.isDeleted());
    } catch (BanException e) {
      return Optional.empty();
    }
  }

  private void addNameSearch(Map<String, List<String>> query) {
    List<String> names = query.get("searchName");
    if (names == null || names.isEmpty()) {
      return;
    }
    String type = first(query.get("searchType"), "strict");
    String column =
        switch (type) {
          case "strict" -> "e.name";
          case "case" -> "lower(FUNCTION('unaccent', e.name))";
          case "ponctuation" ->
              "lower(FUNCTION('unaccent', FUNCTION('regexp_replace', e.name, '[[:punct:][:space:]]+',"
                  + " ' ', 'g')))";
          case "approx" -> "lower(FUNCTION('unaccent', e.name))";
          default ->
              throw new BanException(
                  ErrorCode.INVALID_PARAMETER,
                  "Unknown searchType `" + type + "`: use strict, case, ponctuation or approx");
        };
    List<String> alternatives = new ArrayList<>();
    for (String name : names) {
      String p = "p" + parameters.size();
      parameters.put(p, normalise(type, name));
      alternatives.add(
          "approx".equals(type)
              ? "FUNCTION('levenshtein', " + column + ", :" + p + ") <= 2"
              : column + " = :" + p);
    }
    where.append(" and (").append(String.join(" or ", alternatives)).append(')');
  }

  private static String normalise(String type, String name) {
    if ("strict".equals(type)) {
      return name;
    }
    String folded =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    return "ponctuation".equals(type) ? folded.replaceAll("[\\p{Punct}\\s]+", " ") : folded;
  }

  /**
   * {@code flagged_by=<contributor type>}: resources whose current version is flagged by a client
   * writing as that type (repeat = OR).
   */
  private void addFlaggedBy(ResourceKind kind, List<String> types) {
    if (types == null || types.isEmpty()) {
      return;
    }
    parameters.put("flagResource", kind.wireName());
    parameters.put("flaggedBy", types);
    where.append(
        " and exists (select f from FlagEntity f where f.resource = :flagResource and"
            + " f.resourcePk = e.pk and f.sequential = e.version and f.contributorType in"
            + " :flaggedBy)");
  }

  private void addBbox(ResourceKind kind, Map<String, List<String>> query) {
    Map<String, Double> box = new LinkedHashMap<>();
    for (String side : BBOX) {
      String v = first(query.get(side), null);
      if (v == null) {
        return;
      }
      try {
        double d = Double.parseDouble(v);
        if (!Double.isFinite(d)) {
          throw new NumberFormatException();
        }
        box.put(side, d);
      } catch (NumberFormatException e) {
        throw new BanException(ErrorCode.INVALID_PARAMETER, "Invalid value for " + side + ": " + v);
      }
    }
    parameters.putAll(box);
    if (kind == ResourceKind.POSITION) {
      where.append(" and ").append(String.format(ENVELOPE, "e"));
    } else {
      where
          .append(" and exists (select p from Position p where p.housenumber = e")
          .append(" and p.deletedAt is null and ")
          .append(String.format(ENVELOPE, "p"))
          .append(')');
    }
  }

  private static String first(List<String> values, String fallback) {
    return values == null || values.isEmpty() ? fallback : values.get(0);
  }
}
