/** JSON shapes of the API: collection pages with their pagination links. */
package fr.gouv.ban.api.representation;
