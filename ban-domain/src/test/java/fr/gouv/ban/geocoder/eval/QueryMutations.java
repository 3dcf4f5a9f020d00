package fr.gouv.ban.geocoder.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** How the evaluation degrades a clean address into what people type. */
final class QueryMutations {

  /** Folded word → usual abbreviation. */
  static final Map<String, String> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("rue", "r"),
          Map.entry("avenue", "av"),
          Map.entry("boulevard", "bd"),
          Map.entry("place", "pl"),
          Map.entry("saint", "st"),
          Map.entry("sainte", "ste"),
          Map.entry("impasse", "imp"),
          Map.entry("square", "sq"),
          Map.entry("passage", "pass"),
          Map.entry("allee", "all"),
          Map.entry("faubourg", "fbg"),
          Map.entry("quai", "qu"),
          Map.entry("general", "gal"),
          Map.entry("docteur", "dr"),
          Map.entry("marechal", "mal"),
          Map.entry("president", "pdt"),
          Map.entry("professeur", "prof"),
          Map.entry("route", "rte"),
          Map.entry("chemin", "ch"),
          Map.entry("villa", "vla"),
          Map.entry("porte", "pte"),
          Map.entry("promenade", "prom"),
          Map.entry("residence", "res"));

  static final List<String[]> NOISE =
      List.of(
          new String[] {"Bâtiment B ", ""}, new String[] {"", " France"},
          new String[] {"Appt 12 ", ""}, new String[] {"Résidence les Lilas ", ""},
          new String[] {"Escalier 3 ", ", FRANCE"}, new String[] {"Chez M. Martin ", ""});

  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

  private QueryMutations() {}

  static String fold(String word) {
    return Normalizer.normalize(word, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }

  /** Abbreviates every abbreviable word; null when none is. */
  static String abbreviate(String street) {
    String[] words = street.split(" ");
    boolean changed = false;
    for (int i = 0; i < words.length; i++) {
      String abbreviation = ABBREVIATIONS.get(fold(words[i]));
      if (abbreviation != null) {
        words[i] = abbreviation;
        changed = true;
      }
    }
    return changed ? String.join(" ", words) : null;
  }

  /** One random edit in one word of at least 5 letters; null when there is none. */
  static String typo(String street, Random random) {
    String[] words = street.split(" ");
    List<Integer> eligible = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      if (words[i].length() >= 5 && words[i].chars().allMatch(Character::isLetter)) {
        eligible.add(i);
      }
    }
    if (eligible.isEmpty()) {
      return null;
    }
    int w = eligible.get(random.nextInt(eligible.size()));
    words[w] = edit(words[w], random);
    return String.join(" ", words);
  }

  private static String edit(String word, Random random) {
    int at = 1 + random.nextInt(word.length() - 1); // keep the first letter, as people mostly do
    char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
    StringBuilder out = new StringBuilder(word);
    switch (random.nextInt(4)) {
      case 0 -> out.deleteCharAt(at);
      case 1 -> out.insert(at, letter);
      case 2 -> out.setCharAt(at, letter == word.charAt(at) ? 'x' : letter);
      default -> {
        if (at + 1 < word.length()) {
          out.setCharAt(at, word.charAt(at + 1));
          out.setCharAt(at + 1, word.charAt(at));
        } else {
          out.deleteCharAt(at);
        }
      }
    }
    return out.toString();
  }
}
