/** Application start-up: schema migration, the caller's session, reference data loading. */
package fr.gouv.ban.api.config;
