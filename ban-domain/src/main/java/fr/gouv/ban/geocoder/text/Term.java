package fr.gouv.ban.geocoder.text;

/**
 * One searchable word, in its two forms.
 *
 * @param folded folded spelling after synonyms ({@code "boulevard"}), used for prefix lookups
 * @param key phonetic key ({@code "boulevar"}), the unit of the inverted index
 */
public record Term(String folded, String key) {}
