/** CSV helpers shared by the plugins that read CSV files (exact physical line numbers). */
package fr.gouv.ban.plugins.csv;
