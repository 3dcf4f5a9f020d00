package fr.gouv.ban.domain.spi;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.error.Violations;
import fr.gouv.ban.domain.model.ResourceKind;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs the validation plugins of a write and finds the ingestion plugin of an import. The rules of
 * each (contributor type, resource kind) are selected once at start: the {@code @Default} (global)
 * rules plus those qualified {@code @Contributor(type)}, sorted by id, without the ids of {@code
 * ban.plugins.disabled}. A write then costs one list lookup and the rules themselves.
 */
@ApplicationScoped
public class PluginDispatcher {
  @Inject @Any private Instance<ValidationPlugin> validators;
  @Inject @Any private Instance<IngestionPlugin> ingesters;
  @Inject private Instance<PluginSettings> settings;

  private Map<ContributorType, Map<ResourceKind, List<ValidationPlugin>>> rules;
  private Map<String, List<IngestionPlugin>> importers;

  @PostConstruct
  void select() {
    Set<String> disabled = settings.isResolvable() ? settings.get().disabled() : Set.of();
    List<ValidationPlugin> global = enabled(validators.select(Default.Literal.INSTANCE), disabled);
    rules = new EnumMap<>(ContributorType.class);
    for (ContributorType type : ContributorType.values()) {
      List<ValidationPlugin> all = new ArrayList<>(global);
      all.addAll(enabled(validators.select(Contributor.Literal.of(type)), disabled));
      all.sort(Comparator.comparing(ValidationPlugin::id));
      Map<ResourceKind, List<ValidationPlugin>> byKind = new EnumMap<>(ResourceKind.class);
      for (ResourceKind kind : ResourceKind.values()) {
        byKind.put(kind, all.stream().filter(p -> p.supports(kind)).toList());
      }
      rules.put(type, byKind);
    }
    importers = new TreeMap<>();
    for (IngestionPlugin p : ingesters) {
      if (!disabled.contains(p.id())) {
        importers.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p);
      }
    }
    importers.values().forEach(l -> l.sort(Comparator.comparing(IngestionPlugin::id)));
  }

  private static <T> List<T> enabled(Instance<T> beans, Set<String> disabled) {
    List<T> out = new ArrayList<>();
    for (T bean : beans) {
      String id = bean instanceof ValidationPlugin v ? v.id() : ((IngestionPlugin) bean).id();
      if (!disabled.contains(id)) {
        out.add(bean);
      }
    }
    return out;
  }

  /** Runs every rule of the writer's type for this kind; failures go to {@code out} with ids. */
  public void validate(ValidationContext ctx, Violations out) {
    for (ValidationPlugin rule : rules.get(ctx.writer()).get(ctx.kind())) {
      Violations found = new Violations();
      rule.validate(ctx, found);
      out.addAll(found, rule.id());
    }
  }

  /** The ids of the rules a writer's writes of {@code kind} go through, in order. */
  public List<String> ruleIds(ContributorType writer, ResourceKind kind) {
    return rules.get(writer).get(kind).stream().map(ValidationPlugin::id).toList();
  }

  /** The first plugin of {@code source.kind()} (by id) that accepts the source. */
  public Optional<IngestionPlugin> ingestion(SourceDescriptor source) {
    return importers.getOrDefault(source.kind(), List.of()).stream()
        .filter(p -> p.accepts(source))
        .findFirst();
  }

  /** The import kinds served, sorted. */
  public Set<String> importKinds() {
    return importers.keySet();
  }
}
