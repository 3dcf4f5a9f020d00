/**
 * How each resource kind reads its fields from a request body (with every validation rule of the
 * contract) and how resources are rendered as JSON: single views, collection items, version data,
 * with field masks and relation expansion.
 */
package fr.gouv.ban.domain.resource;
