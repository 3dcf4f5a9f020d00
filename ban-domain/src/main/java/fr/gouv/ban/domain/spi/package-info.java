/**
 * The plugin SPI: how each contributor type (and any third party) adds validation rules to every
 * write and ingestion plugins that turn files into change commands. Plugins are CDI beans
 * ({@code @ApplicationScoped}, stateless) selected by the {@link
 * fr.gouv.ban.domain.spi.Contributor} qualifier; a plugin without it is a global rule. Plugins
 * never write to the database: the domain applies their commands through the same path as REST
 * writes (validation, versions, diffs, events). See docs/plugins.md for writing, packaging and
 * deploying one.
 */
package fr.gouv.ban.domain.spi;
