package fr.gouv.ban.plugins.dgfip;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.error.Violations;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.spi.Contributor;
import fr.gouv.ban.domain.spi.ValidationContext;
import fr.gouv.ban.domain.spi.ValidationPlugin;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code dgfip.fantoir-key}: the FANTOIR code of a group written by the DGFiP is a real FANTOIR
 * code ({@link RivoliKey#check}): an INSEE code FANTOIR covers and a RIVOLI code of the right
 * shape. The domain only checks 9 or 10 characters of {@code [0-9A-Z]} after the INSEE code.
 *
 * <p>The key cannot be checked here: the group definition cuts a 10th character before storing, and
 * {@link ValidationContext#data()} holds the stored 9-character form. Keys are checked where they
 * are still seen, when the TOPO import reads its rows ({@link TopoIngestion}).
 */
@ApplicationScoped
@Contributor(ContributorType.DGFIP)
public class FantoirKeyRule implements ValidationPlugin {
  @Override
  public String id() {
    return "dgfip.fantoir-key";
  }

  @Override
  public boolean supports(ResourceKind kind) {
    return kind == ResourceKind.GROUP;
  }

  @Override
  public void validate(ValidationContext ctx, Violations out) {
    String fantoir = ctx.text("fantoir");
    if (fantoir != null) {
      RivoliKey.check(fantoir).ifPresent(problem -> out.add("fantoir", problem));
    }
  }
}
