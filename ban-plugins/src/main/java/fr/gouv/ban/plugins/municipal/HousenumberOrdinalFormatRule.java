package fr.gouv.ban.plugins.municipal;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.error.Violations;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.spi.Contributor;
import fr.gouv.ban.domain.spi.ValidationContext;
import fr.gouv.ban.domain.spi.ValidationPlugin;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A commune's housenumber {@code ordinal} is a BAL {@code suffixe}: 1 to 9 letters or digits
 * ({@code "bis"}, {@code "a"}, {@code "s1"}), nothing else, so that it fits the cle_interop ({@code
 * 75101_4461_00012_bis}) without spaces or punctuation.
 */
@ApplicationScoped
@Contributor(ContributorType.MUNICIPAL_ADMINISTRATION)
public class HousenumberOrdinalFormatRule implements ValidationPlugin {
  @Override
  public String id() {
    return "municipal.housenumber-ordinal-format";
  }

  @Override
  public boolean supports(ResourceKind kind) {
    return kind == ResourceKind.HOUSENUMBER;
  }

  @Override
  public void validate(ValidationContext ctx, Violations out) {
    String ordinal = ctx.text("ordinal");
    if (ordinal != null && !BalRules.SUFFIXE.matcher(ordinal).matches()) {
      out.add(
          "ordinal", "expected 1 to 9 letters or digits (\"bis\", \"a\"), got \"" + ordinal + "\"");
    }
  }
}
