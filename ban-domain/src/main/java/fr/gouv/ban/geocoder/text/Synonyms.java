package fr.gouv.ban.geocoder.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Token synonyms, addok-fr style ({@code alias, alias => target}): abbreviations of street types
 * and titles (bd → boulevard, st → saint), ordinals (10e → dixieme) and small numbers (2 → deux). A
 * target of several words yields several tokens. Loaded from {@code synonyms.txt} in this package's
 * resources.
 */
final class Synonyms {

  private final Map<String, List<String>> targets;

  private Synonyms(Map<String, List<String>> targets) {
    this.targets = Map.copyOf(targets);
  }

  static Synonyms load(String resource) {
    Map<String, List<String>> targets = new HashMap<>();
    for (String line : ResourceLines.read(resource)) {
      int arrow = line.indexOf("=>");
      if (arrow < 0) {
        throw new IllegalStateException("bad synonym line: " + line);
      }
      List<String> target = List.of(Folding.fold(line.substring(arrow + 2)).split(" "));
      for (String alias : line.substring(0, arrow).split(",")) {
        targets.put(Folding.fold(alias), target);
      }
    }
    return new Synonyms(targets);
  }

  /** The replacement tokens of a folded token, or null when it has no synonym. */
  List<String> expand(String foldedToken) {
    return targets.get(foldedToken);
  }
}
