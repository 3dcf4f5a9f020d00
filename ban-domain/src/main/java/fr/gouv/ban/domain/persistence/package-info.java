/**
 * PostgreSQL/PostGIS persistence details: JPA attribute converters for jsonb and geometry columns,
 * and the Flyway migration runner. The driver is used without registering PostGIS types, so
 * geometries travel as EWKT on write and hex EWKB on read.
 */
package fr.gouv.ban.domain.persistence;
