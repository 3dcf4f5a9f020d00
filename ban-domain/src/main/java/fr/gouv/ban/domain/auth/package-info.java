/**
 * Contributors' OAuth2 clients, their secrets and the bearer tokens issued to them. Plain Java over
 * JDBC (no Jakarta imports), so that the server and the {@code bin/ban} administration tool share
 * one implementation of each rule: how secrets are hashed, which scopes a token gets, when a token
 * stops being valid.
 */
package fr.gouv.ban.domain.auth;
