package fr.gouv.ban.api.config;

import fr.gouv.ban.domain.spi.PluginSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code ban.plugins.disabled}: comma-separated ids of plugins the deployment turns off. */
@ApplicationScoped
public class PluginSettingsProducer {
  @Inject
  @ConfigProperty(name = "ban.plugins.disabled")
  Optional<String> disabled;

  /** Dependent: a record cannot be proxied; the dispatcher reads it once at start. */
  @Produces
  PluginSettings settings() {
    return new PluginSettings(
        disabled.stream()
            .flatMap(v -> Arrays.stream(v.split(",")))
            .map(String::strip)
            .filter(id -> !id.isEmpty())
            .collect(Collectors.toSet()));
  }
}
