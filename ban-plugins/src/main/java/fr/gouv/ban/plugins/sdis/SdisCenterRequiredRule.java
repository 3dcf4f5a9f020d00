package fr.gouv.ban.plugins.sdis;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.error.Violations;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.spi.Contributor;
import fr.gouv.ban.domain.spi.ValidationContext;
import fr.gouv.ban.domain.spi.ValidationPlugin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonValue;

/**
 * An SDIS position has a {@code center}: the BAN accepts a position known by its name only
 * ("Bâtiment B"), but a crew needs coordinates to drive to.
 */
@ApplicationScoped
@Contributor(ContributorType.SDIS)
public class SdisCenterRequiredRule implements ValidationPlugin {
  @Override
  public String id() {
    return "sdis.center-required";
  }

  @Override
  public boolean supports(ResourceKind kind) {
    return kind == ResourceKind.POSITION;
  }

  @Override
  public void validate(ValidationContext ctx, Violations out) {
    JsonValue center = ctx.data().get("center");
    if (center == null || center == JsonValue.NULL) {
      out.add("center", "expected the coordinates of the access point (WGS84 [lon, lat])");
    }
  }
}
