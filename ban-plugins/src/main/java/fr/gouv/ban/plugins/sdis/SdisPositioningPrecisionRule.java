package fr.gouv.ban.plugins.sdis;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.error.Violations;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.spi.Contributor;
import fr.gouv.ban.domain.spi.ValidationContext;
import fr.gouv.ban.domain.spi.ValidationPlugin;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * An SDIS access point is located by measure: its {@code positioning} is {@code gps}, {@code dgps}
 * or {@code imagery} ({@link AccessPoints#POSITIONINGS}). An interpolated or projected point may be
 * tens of metres off, on the wrong side of a building.
 */
@ApplicationScoped
@Contributor(ContributorType.SDIS)
public class SdisPositioningPrecisionRule implements ValidationPlugin {
  @Override
  public String id() {
    return "sdis.positioning-precision";
  }

  @Override
  public boolean supports(ResourceKind kind) {
    return kind == ResourceKind.POSITION;
  }

  @Override
  public void validate(ValidationContext ctx, Violations out) {
    String positioning = ctx.text("positioning");
    if (positioning == null || !AccessPoints.POSITIONINGS.contains(positioning)) {
      out.add(
          "positioning",
          "expected a measured positioning ("
              + String.join(", ", AccessPoints.POSITIONINGS)
              + ") for an emergency access point, got "
              + (positioning == null ? "none" : "\"" + positioning + "\""));
    }
  }
}
