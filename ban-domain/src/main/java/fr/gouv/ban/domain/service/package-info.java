/**
 * Application services: the one write path every caller shares (REST, batch, imports), and the read
 * side (lookups, collections, versions). Writes validate, version, write the diff and publish one
 * {@link fr.gouv.ban.domain.service.ResourceChanged} event per stored version.
 */
package fr.gouv.ban.domain.service;
