package fr.gouv.ban.geocoder.text;

import java.util.Arrays;
import java.util.Set;

/**
 * Folded street-type words (rue, av, bd, impasse…), as in addok-france's TYPES: they mark where an
 * address starts ({@code extract_address}), when a number followed by a letter is a suffix ({@code
 * glue_ordinal}) and which number is the housenumber ({@code flag_housenumber}).
 */
final class StreetTypes {

  private static final Set<String> WORDS =
      Set.copyOf(
          ResourceLines.read("street-types.txt").stream()
              .flatMap(line -> Arrays.stream(line.split("[ ,]+")))
              .filter(word -> !word.isBlank())
              .toList());

  private StreetTypes() {}

  static boolean isStreetType(String foldedToken) {
    return WORDS.contains(foldedToken);
  }
}
