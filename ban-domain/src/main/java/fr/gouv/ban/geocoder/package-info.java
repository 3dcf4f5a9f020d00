/**
 * Public vocabulary of the in-memory geocoder: the {@link fr.gouv.ban.geocoder.AddressDocument}
 * that is indexed and returned, the {@link fr.gouv.ban.geocoder.SearchQuery} and {@link
 * fr.gouv.ban.geocoder.ReverseQuery} value objects, the {@link fr.gouv.ban.geocoder.Hit} and the
 * {@link fr.gouv.ban.geocoder.Geocoder} boundary (Photon's "searcher"). This package and its
 * sub-packages are plain Java: no Jakarta, CDI, JPA, JAX-RS or Hazelcast, so that the engine can be
 * unit-tested and benchmarked outside the application server.
 */
package fr.gouv.ban.geocoder;
