/** MicroProfile Health checks: readiness includes the database and its schema. */
package fr.gouv.ban.api.health;
