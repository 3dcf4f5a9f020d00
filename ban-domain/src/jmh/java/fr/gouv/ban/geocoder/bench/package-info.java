/**
 * JMH benchmarks of search and reverse geocoding on the real Paris extract, compiled and run only
 * under the {@code bench} Maven profile ({@code mvn -Pbench test-compile exec:java}).
 */
package fr.gouv.ban.geocoder.bench;
