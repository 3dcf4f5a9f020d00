package fr.gouv.ban.geocoder.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The light French phonetic key of addok-fr ({@code phonemicize}): ordered rewrites that keep only
 * significant letters, so that common misspellings share a key before any fuzzy step (cergy →
 * serji, dunkerque → dunkerk, quimper → kinper, champs → chan). Digits are protected ("10c" stays
 * "10c"). Input must be one folded token.
 */
final class FrenchPhonetic {

  private record Rule(Pattern pattern, String replacement) {}

  /** Order matters: each rule sees the output of the previous ones, as in addok-fr. */
  private static final List<Rule> RULES =
      List.of(
          rule("a(mp|nd|nt)s?$", "an"), // champs → chan
          rule("((?<=[^g])g|^g)(?=[eyi])", "j"),
          rule("(?<=g)u(?=[aeio])", ""),
          rule("c(?=[^hieyw])", "k"),
          rule("((?<=[^s])ch|(?<=[^0-9])c)$", "k"), // final c/ch, but not sch nor 10c
          rule("(?<=[aeiouy])s(?=[aeiouy])", "z"),
          rule("((?<=[^0-9])q|^q)u?", "k"),
          rule("cc(?=[ie])", "s"),
          rule("ck", "k"),
          rule("ph", "f"),
          rule("th$", "te"), // this t sounds
          rule("(?<=[^sc0-9])h", ""),
          rule("^h(?=.)", ""),
          rule("sc", "s"),
          rule("sh", "ch"),
          rule("((?<=[^0-9])w|^w)", "v"),
          rule("c(?=[eiy])", "s"),
          rule("(?<=[^0-9])y", "i"),
          rule("esn", "en"),
          rule("oe(?=\\w)", "e"),
          rule("(?<=[^0-9])s$", ""),
          rule("(?<=u)l?x$", ""), // eaux, eux, aux, aulx
          rule("(?<=u)lt$", "t"),
          rule("(?<=[a-z])[dg]$", ""),
          rule("(?<=[^es0-9])t$", ""),
          rule("(?<=[aeiou])m(?=[pbgft])", "n"),
          rule("(?<=[a-z]{2})e$", ""), // a final e only after two letters
          rule("([aeiouy])n[dt]([^aeiouyr])", "$1n$2"), // montbon → monbon
          rule("([a-z])\\1", "$1")); // double letters

  private FrenchPhonetic() {}

  static String key(String token) {
    if (isDigits(token)) {
      return token;
    }
    String s = token;
    for (Rule rule : RULES) {
      s = rule.pattern().matcher(s).replaceAll(rule.replacement());
    }
    return s.isEmpty() ? token : s;
  }

  private static boolean isDigits(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static Rule rule(String regex, String replacement) {
    return new Rule(Pattern.compile(regex), replacement);
  }
}
