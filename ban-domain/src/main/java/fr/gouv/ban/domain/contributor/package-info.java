/**
 * Who writes: contributor types (the institutions' roles) and the session a write is made under.
 * Every stored version and diff names the session that produced it (decision 12).
 */
package fr.gouv.ban.domain.contributor;
