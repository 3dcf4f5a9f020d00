package fr.gouv.ban.plugins.sdis;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.error.Violations;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.spi.Contributor;
import fr.gouv.ban.domain.spi.ValidationContext;
import fr.gouv.ban.domain.spi.ValidationPlugin;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * An SDIS writes access points only: the {@code kind} of its positions is one of {@link
 * AccessPoints#KINDS} (entrance, building, staircase, utility), never a postal, parcel, segment or
 * area position, which would then be read as a place to send a crew to.
 */
@ApplicationScoped
@Contributor(ContributorType.SDIS)
public class SdisPositionKindRule implements ValidationPlugin {
  @Override
  public String id() {
    return "sdis.position-kind";
  }

  @Override
  public boolean supports(ResourceKind kind) {
    return kind == ResourceKind.POSITION;
  }

  @Override
  public void validate(ValidationContext ctx, Violations out) {
    String kind = ctx.text("kind");
    if (kind == null || !AccessPoints.KINDS.contains(kind)) {
      out.add(
          "kind",
          "expected an access point kind ("
              + String.join(", ", AccessPoints.KINDS)
              + ") for an SDIS position, got "
              + (kind == null ? "none" : "\"" + kind + "\""));
    }
  }
}
