package fr.gouv.ban.domain.geocoding;

import fr.gouv.ban.geocoder.DocumentChange;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;

/** What {@link ChangedStreets} reads from the management database (by BAN ids). */
public interface StreetLookups {

  /** The groups (parents) of the given housenumbers, deleted ones included. */
  Set<String> groupsOfHousenumbers(Collection<String> housenumberIds);

  /** The housenumbers of the given positions. */
  Set<String> housenumbersOfPositions(Collection<String> positionIds);

  /** The live groups of the given municipalities. */
  Set<String> groupsOfMunicipalities(Collection<String> municipalityIds);

  /** The live groups having a live housenumber with one of the given postcodes. */
  Set<String> groupsOfPostcodes(Collection<String> postcodeIds);

  /**
   * The current documents of the given groups: an upsert per street that has placed numbers, a
   * delete for the others (deleted, unknown, or nothing to place); see {@link StreetRows}.
   *
   * @param population the population weighing a commune's streets (see {@code CommuneDirectory})
   */
  List<DocumentChange> streets(Collection<String> groupIds, ToLongFunction<String> population);
}
