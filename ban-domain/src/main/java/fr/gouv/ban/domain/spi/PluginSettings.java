package fr.gouv.ban.domain.spi;

import java.util.Set;

/**
 * Deployment settings of the plugins, produced from configuration by the application ({@code
 * ban.plugins.disabled}); without a producer nothing is disabled.
 *
 * @param disabled ids of the validation and ingestion plugins to skip
 */
public record PluginSettings(Set<String> disabled) {
  public PluginSettings {
    disabled = Set.copyOf(disabled);
  }
}
