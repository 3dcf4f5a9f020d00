package fr.gouv.ban.domain.spi;

import fr.gouv.ban.domain.contributor.ContributorType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessBean;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the plugin beans of the deployment once, and fails it with one report of every problem
 * (duplicate or malformed ids, wrong scope, a {@code @Contributor} that cannot write), instead of
 * letting a bad plugin surface on some later write. Registered in {@code
 * META-INF/services/jakarta.enterprise.inject.spi.Extension}.
 */
public class BanPluginExtension implements Extension {
  private final List<Bean<?>> plugins = new ArrayList<>();

  void collect(@Observes ProcessBean<?> event) {
    Set<java.lang.reflect.Type> types = event.getBean().getTypes();
    if (types.contains(ValidationPlugin.class) || types.contains(IngestionPlugin.class)) {
      plugins.add(event.getBean());
    }
  }

  void check(@Observes AfterDeploymentValidation adv, BeanManager bm) {
    List<PluginDefinitions.Description> found = new ArrayList<>();
    for (Bean<?> bean : plugins) {
      Object plugin = bm.getReference(bean, Object.class, bm.createCreationalContext(bean));
      String id;
      String kind = null;
      try {
        if (plugin instanceof IngestionPlugin p) {
          id = p.id();
          kind = p.kind();
        } else {
          id = ((ValidationPlugin) plugin).id();
        }
      } catch (RuntimeException e) {
        adv.addDeploymentProblem(
            new DeploymentException(bean.getBeanClass().getName() + ": id() failed: " + e, e));
        continue;
      }
      found.add(
          new PluginDefinitions.Description(
              bean.getBeanClass().getName(),
              id,
              kind,
              bean.getScope() == ApplicationScoped.class,
              contributors(bean.getQualifiers())));
    }
    List<String> problems = PluginDefinitions.problems(found);
    if (!problems.isEmpty()) {
      adv.addDeploymentProblem(new DeploymentException(PluginDefinitions.report(problems)));
    }
  }

  private static Set<ContributorType> contributors(Set<Annotation> qualifiers) {
    Set<ContributorType> out = EnumSet.noneOf(ContributorType.class);
    for (Annotation q : qualifiers) {
      if (q instanceof Contributor c) {
        out.add(c.value());
      } else if (q instanceof Contributor.List l) {
        for (Contributor c : l.value()) {
          out.add(c.value());
        }
      }
    }
    return out;
  }
}
