package fr.gouv.ban.plugins.municipal;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.error.Violations;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.spi.Contributor;
import fr.gouv.ban.domain.spi.ValidationContext;
import fr.gouv.ban.domain.spi.ValidationPlugin;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A commune names its streets and places by the BAL rules on {@code voie_nom} ({@link BalNames}): 3
 * to 200 characters, mixed case, no {@code _}, the street type spelled out. The same rules as its
 * BAL import, so a name the API accepts from a commune would also import from its BAL.
 */
@ApplicationScoped
@Contributor(ContributorType.MUNICIPAL_ADMINISTRATION)
public class GroupNameFormatRule implements ValidationPlugin {
  @Override
  public String id() {
    return "municipal.group-name-format";
  }

  @Override
  public boolean supports(ResourceKind kind) {
    return kind == ResourceKind.GROUP;
  }

  @Override
  public void validate(ValidationContext ctx, Violations out) {
    String name = ctx.text("name");
    BalNames.Problem problem = name == null ? null : BalNames.check(name);
    if (problem != null) {
      out.add("name", BalNames.message(problem, name));
    }
  }
}
