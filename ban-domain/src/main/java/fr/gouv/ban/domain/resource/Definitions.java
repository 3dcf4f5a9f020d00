package fr.gouv.ban.domain.resource;

import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.model.VersionedResource;
import java.util.EnumMap;
import java.util.Map;

/** The definition of each resource kind. */
public final class Definitions {
  private static final Map<ResourceKind, ResourceDefinition<?>> BY_KIND =
      new EnumMap<>(ResourceKind.class);

  static {
    register(new MunicipalityDefinition());
    register(new PostcodeDefinition());
    register(new GroupDefinition());
    register(new HousenumberDefinition());
    register(new PositionDefinition());
  }

  private Definitions() {}

  private static void register(ResourceDefinition<?> d) {
    BY_KIND.put(d.kind(), d);
  }

  public static ResourceDefinition<?> of(ResourceKind kind) {
    return BY_KIND.get(kind);
  }

  /** The definition of an entity's kind, typed for that entity. */
  @SuppressWarnings("unchecked")
  public static <E extends VersionedResource> ResourceDefinition<E> of(E entity) {
    return (ResourceDefinition<E>) BY_KIND.get(entity.kind());
  }
}
