package fr.gouv.ban.geocoder.text;

import java.util.ServiceLoader;

/** Finds the text normaliser to use. */
public final class TextNormalizers {

  private TextNormalizers() {}

  /**
   * The first {@link TextNormalizer} declared in {@code
   * META-INF/services/fr.gouv.ban.geocoder.text.TextNormalizer} on the class path, or a new {@link
   * FrenchTextNormalizer} when none is declared.
   */
  public static TextNormalizer load() {
    return ServiceLoader.load(TextNormalizer.class)
        .findFirst()
        .orElseGet(FrenchTextNormalizer::new);
  }
}
