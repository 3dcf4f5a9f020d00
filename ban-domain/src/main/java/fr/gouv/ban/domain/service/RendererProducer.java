package fr.gouv.ban.domain.service;

import fr.gouv.ban.domain.contributor.SessionDirectory;
import fr.gouv.ban.domain.resource.ResourceRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** Provides the renderer wired to the session directory. */
@ApplicationScoped
public class RendererProducer {
  @Inject private SessionDirectory sessions;

  @Produces
  ResourceRenderer renderer() {
    return new ResourceRenderer(key -> sessions.find(key).orElse(null));
  }
}
