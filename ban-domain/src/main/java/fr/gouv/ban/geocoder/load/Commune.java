package fr.gouv.ban.geocoder.load;

/**
 * What the loaders need to know about a commune that BAN rows do not carry.
 *
 * @param code INSEE code
 * @param name official name
 * @param population population, 0 when unknown
 * @param lat centre latitude, NaN when unknown
 * @param lon centre longitude, NaN when unknown
 */
public record Commune(String code, String name, long population, double lat, double lon) {}
