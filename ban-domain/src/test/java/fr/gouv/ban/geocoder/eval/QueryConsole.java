package fr.gouv.ban.geocoder.eval;

import fr.gouv.ban.geocoder.Geocoder;
import fr.gouv.ban.geocoder.Hit;
import fr.gouv.ban.geocoder.SearchQuery;
import fr.gouv.ban.geocoder.TestData;
import fr.gouv.ban.geocoder.search.IndexGeocoder;

/**
 * Prints the top hits of queries on the Paris index, one query per argument; a leading "+" turns
 * autocomplete on. For investigating evaluation misses.
 */
public final class QueryConsole {

  private QueryConsole() {}

  public static void main(String[] args) {
    Geocoder geocoder = new IndexGeocoder(TestData.parisIndex(), TestData.NORMALIZER);
    for (String arg : args) {
      boolean autocomplete = arg.startsWith("+");
      String text = autocomplete ? arg.substring(1) : arg;
      System.out.println(text + "  " + TestData.NORMALIZER.analyze(text));
      for (Hit hit : geocoder.search(SearchQuery.of(text).withAutocomplete(autocomplete))) {
        System.out.printf(
            "  %.5f %-50s %s %s%n",
            hit.score(), hit.document().label(), hit.document().id(), hit.housenumberMatch());
      }
    }
  }
}
