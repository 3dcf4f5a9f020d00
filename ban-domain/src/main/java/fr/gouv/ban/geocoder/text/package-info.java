/**
 * The text pipeline shared by indexing and querying (spec §3): ASCII folding, query cleaning
 * (address extraction, CEDEX/BP/noise removal), ordinal gluing and folding, housenumber flagging,
 * synonyms and the light French phonetic key of addok-fr. {@link
 * fr.gouv.ban.geocoder.text.TextNormalizer} is the pluggable entry point, loaded through {@link
 * java.util.ServiceLoader} by {@link fr.gouv.ban.geocoder.text.TextNormalizers}; {@link
 * fr.gouv.ban.geocoder.text.FrenchTextNormalizer} is the default.
 */
package fr.gouv.ban.geocoder.text;
