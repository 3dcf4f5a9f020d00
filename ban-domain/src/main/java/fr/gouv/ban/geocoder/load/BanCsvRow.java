package fr.gouv.ban.geocoder.load;

/** The fields of one BAN CSV row that the loader uses. */
record BanCsvRow(
    String id,
    String streetId,
    String number,
    String streetName,
    String postcode,
    String citycode,
    String city,
    String oldcitycode,
    String oldcity,
    double x,
    double y,
    double lon,
    double lat) {}
