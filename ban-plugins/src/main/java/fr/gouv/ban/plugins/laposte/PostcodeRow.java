package fr.gouv.ban.plugins.laposte;

/**
 * One postcode row of either format, as read (trimmed, blanks as null), before any check.
 *
 * @param line the 1-based physical line of the row
 * @param where how a report names the row besides its line ("element 12" in a JSON array), or null
 * @param insee the commune's INSEE code
 * @param code the postcode
 * @param name the libellé d'acheminement
 * @param complement the Ligne 5 (a locality inside the commune), or null
 */
record PostcodeRow(
    long line, String where, String insee, String code, String name, String complement) {}
