package fr.gouv.ban.domain.spi;

import fr.gouv.ban.domain.contributor.ContributorType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The definition rules of plugin beans, as a pure function so they are tested without a container:
 * ids unique and well-formed, plugins application-scoped, qualifiers naming a type that writes.
 */
public final class PluginDefinitions {
  static final Pattern ID = Pattern.compile("[a-z0-9_-]+(\\.[a-z0-9_-]+)+");
  static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_]*");

  private PluginDefinitions() {}

  /**
   * What is known of one plugin bean.
   *
   * @param beanClass the bean's class, named in reports
   * @param id its {@code id()}
   * @param importKind the {@code kind()} of an ingestion plugin, null for a validation plugin
   * @param applicationScoped whether the bean is {@code @ApplicationScoped}
   * @param contributors the types of its {@code @Contributor} qualifiers (empty: global)
   */
  public record Description(
      String beanClass,
      String id,
      String importKind,
      boolean applicationScoped,
      Set<ContributorType> contributors) {}

  /** Every problem of the set, one sentence each; empty when the plugins can be deployed. */
  public static List<String> problems(List<Description> plugins) {
    List<String> out = new ArrayList<>();
    Map<String, String> owners = new HashMap<>();
    for (Description p : plugins) {
      if (p.id() == null || !ID.matcher(p.id()).matches()) {
        out.add(
            p.beanClass()
                + ": id \""
                + p.id()
                + "\" must be <owner>.<name> in lower case (letters, digits, - and _)");
      } else {
        String other = owners.putIfAbsent(p.id(), p.beanClass());
        if (other != null) {
          out.add(p.beanClass() + ": id \"" + p.id() + "\" is already used by " + other);
        }
      }
      if (!p.applicationScoped()) {
        out.add(p.beanClass() + ": plugins must be @ApplicationScoped (stateless, shared)");
      }
      if (p.contributors().contains(ContributorType.VIEWER)) {
        out.add(p.beanClass() + ": @Contributor(VIEWER) names a type that never writes");
      }
      if (p.importKind() != null && !KIND.matcher(p.importKind()).matches()) {
        out.add(
            p.beanClass()
                + ": import kind \""
                + p.importKind()
                + "\" must be lower-case letters, digits and _");
      }
    }
    return out;
  }

  /** All problems as one report, for the deployment error. */
  public static String report(List<String> problems) {
    return "Plugin definition errors ("
        + problems.size()
        + "):\n  - "
        + String.join("\n  - ", problems);
  }
}
