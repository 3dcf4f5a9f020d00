/**
 * The HTTP face of the BAN server: JAX-RS resources at the server root, problem+json errors,
 * configuration and health. Business rules live in {@code ban-domain}.
 */
package fr.gouv.ban.api;
