package fr.gouv.ban.domain.service;

import fr.gouv.ban.domain.model.VersionedResource;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads an entity attribute by name, for the generic uniqueness checks. */
public final class AttributeAccess {
  private static final Map<String, PropertyDescriptor> CACHE = new ConcurrentHashMap<>();

  private AttributeAccess() {}

  public static Object get(VersionedResource entity, String attribute) {
    Class<?> type = entity.getClass();
    PropertyDescriptor pd =
        CACHE.computeIfAbsent(type.getName() + "#" + attribute, k -> describe(type, attribute));
    try {
      return pd.getReadMethod().invoke(entity);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + attribute + " of " + type, e);
    }
  }

  private static PropertyDescriptor describe(Class<?> type, String attribute) {
    try {
      for (PropertyDescriptor pd : Introspector.getBeanInfo(type).getPropertyDescriptors()) {
        if (pd.getName().equals(attribute)) {
          return pd;
        }
      }
    } catch (IntrospectionException e) {
      throw new IllegalStateException(e);
    }
    throw new IllegalStateException("no attribute " + attribute + " on " + type);
  }
}
