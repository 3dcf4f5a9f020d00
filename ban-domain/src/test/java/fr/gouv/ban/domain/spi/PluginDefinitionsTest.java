package fr.gouv.ban.domain.spi;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.spi.PluginDefinitions.Description;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PluginDefinitionsTest {
  private static Description rule(String bean, String id) {
    return new Description(bean, id, null, true, Set.of(ContributorType.IGN));
  }

  @Test
  void acceptsWellFormedPlugins() {
    assertThat(
            PluginDefinitions.problems(
                List.of(
                    rule("a.A", "ign.identifier-format"),
                    new Description("b.B", "ign.ban-csv", "ban", true, Set.of()),
                    rule("c.C", "acme_corp.rule_2"))))
        .isEmpty();
  }

  @Test
  void reportsEveryProblemAtOnce() {
    List<String> problems =
        PluginDefinitions.problems(
            List.of(
                rule("a.A", "laposte.cea"),
                rule("b.B", "laposte.cea"),
                new Description("c.C", "osm.rule", null, false, Set.of()),
                new Description("d.D", "x.viewer", null, true, Set.of(ContributorType.VIEWER)),
                new Description("e.E", "x.import", "Bad Kind", true, Set.of()),
                rule("f.F", "NoOwner")));
    assertThat(problems)
        .containsExactly(
            "b.B: id \"laposte.cea\" is already used by a.A",
            "c.C: plugins must be @ApplicationScoped (stateless, shared)",
            "d.D: @Contributor(VIEWER) names a type that never writes",
            "e.E: import kind \"Bad Kind\" must be lower-case letters, digits and _",
            "f.F: id \"NoOwner\" must be <owner>.<name> in lower case (letters, digits, - and _)");
    assertThat(PluginDefinitions.report(problems))
        .startsWith("Plugin definition errors (5):\n  - b.B")
        .contains("\n  - f.F");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ign", "ign.", ".rule", "IGN.rule", "ign rule.x"})
  void refusesMalformedIds(String id) {
    assertThat(PluginDefinitions.problems(List.of(rule("a.A", id)))).hasSize(1);
  }
}
