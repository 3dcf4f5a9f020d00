package fr.gouv.ban.domain.geocoding;

import fr.gouv.ban.domain.service.ChangeCommitted;
import fr.gouv.ban.geocoder.DocumentChange;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * The street documents a batch of committed changes touches, read again in their current state (so
 * late, repeated or replayed events are harmless): a group's own street; a housenumber's street,
 * before and after a move; a position's housenumber's street; every street of a municipality (its
 * name or code is in their labels and, without BAN ids, in their ids) and every street with a
 * housenumber of a postcode (its code is in their postcodes). When a municipality's INSEE code
 * changes, the streets whose id was derived from the old code are deleted as well.
 */
public final class ChangedStreets {

  private ChangedStreets() {}

  public static List<DocumentChange> of(
      List<ChangeCommitted> batch, StreetLookups db, ToLongFunction<String> population) {
    Set<String> groups = new LinkedHashSet<>();
    Set<String> housenumbers = new LinkedHashSet<>();
    Set<String> positions = new LinkedHashSet<>();
    Set<String> municipalities = new LinkedHashSet<>();
    Set<String> postcodes = new LinkedHashSet<>();
    Map<String, String> formerInsee = new LinkedHashMap<>(); // new code -> old code
    for (ChangeCommitted c : batch) {
      switch (c.kind()) {
        case GROUP -> groups.add(c.id());
        case HOUSENUMBER -> {
          field(c.old(), "parent").ifPresent(groups::add);
          field(c.current(), "parent").ifPresent(groups::add);
        }
        case POSITION -> positions.add(c.id());
        case MUNICIPALITY -> {
          municipalities.add(c.id());
          Optional<String> before = field(c.old(), "insee");
          Optional<String> after = field(c.current(), "insee");
          if (before.isPresent() && after.isPresent() && !before.equals(after)) {
            formerInsee.put(after.get(), before.get());
          }
        }
        case POSTCODE -> postcodes.add(c.id());
      }
    }
    if (!positions.isEmpty()) {
      housenumbers.addAll(db.housenumbersOfPositions(positions));
    }
    if (!housenumbers.isEmpty()) {
      groups.addAll(db.groupsOfHousenumbers(housenumbers));
    }
    if (!municipalities.isEmpty()) {
      groups.addAll(db.groupsOfMunicipalities(municipalities));
    }
    if (!postcodes.isEmpty()) {
      groups.addAll(db.groupsOfPostcodes(postcodes));
    }
    List<DocumentChange> changes = new ArrayList<>(db.streets(groups, population));
    if (!formerInsee.isEmpty()) {
      changes.addAll(formerIds(changes, formerInsee));
    }
    return changes;
  }

  /** Deletions of the ids derived from a former INSEE code ({@code <insee>_<voie>}). */
  private static List<DocumentChange> formerIds(
      List<DocumentChange> changes, Map<String, String> formerInsee) {
    List<DocumentChange> out = new ArrayList<>();
    for (DocumentChange change : changes) {
      int cut = change.id().indexOf('_');
      String former = cut < 0 ? null : formerInsee.get(change.id().substring(0, cut));
      if (former != null) {
        out.add(DocumentChange.delete(former + change.id().substring(cut)));
      }
    }
    return out;
  }

  private static Optional<String> field(JsonObject data, String name) {
    return data != null && data.get(name) instanceof JsonString s
        ? Optional.of(s.getString())
        : Optional.empty();
  }
}
