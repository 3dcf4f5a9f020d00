/** JAX-RS resources of the management API and the HTTP plumbing they share. */
package fr.gouv.ban.api.resource;
