package fr.gouv.ban.plugins.laposte;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.error.Violations;
import fr.gouv.ban.domain.model.AddressGroup;
import fr.gouv.ban.domain.model.Housenumber;
import fr.gouv.ban.domain.model.Position;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.spi.Contributor;
import fr.gouv.ban.domain.spi.ValidationContext;
import fr.gouv.ban.domain.spi.ValidationPlugin;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/**
 * {@code laposte.cea-format}: La Poste's identifiers beyond the shape the domain already checks.
 *
 * <ul>
 *   <li>group {@code laposte}: the matricule of the voie in La Poste's RAN is 8 digits, zero-padded
 *       (the domain accepts 1 to 8 digits, so {@code 123} would never match La Poste's files);
 *   <li>housenumber and position {@code laposte} (the CEA, whose format the domain checks): its
 *       first 5 characters are the INSEE code of the address's commune — the commune of the parent
 *       group, or the commune of the group's FANTOIR prefix, which for a commune nouvelle is often
 *       the former commune the address was filed under (the same leniency as the BAN's {@code
 *       id_fantoir}).
 * </ul>
 */
@ApplicationScoped
@Contributor(ContributorType.LAPOSTE)
public class CeaFormatRule implements ValidationPlugin {
  private static final Pattern MATRICULE = Pattern.compile("\\d{8}");

  @Override
  public String id() {
    return "laposte.cea-format";
  }

  @Override
  public boolean supports(ResourceKind kind) {
    return kind == ResourceKind.GROUP
        || kind == ResourceKind.HOUSENUMBER
        || kind == ResourceKind.POSITION;
  }

  @Override
  public void validate(ValidationContext ctx, Violations out) {
    String laposte = ctx.text("laposte");
    if (laposte == null) {
      return;
    }
    if (ctx.resource() instanceof AddressGroup) {
      if (!MATRICULE.matcher(laposte).matches()) {
        out.add(
            "laposte",
            "La Poste voie matricule: expected 8 digits (zero-padded), got \"" + laposte + "\"");
      }
    } else if (ctx.resource() instanceof Housenumber h) {
      checkCommune(laposte, h.getParent(), out);
    } else if (ctx.resource() instanceof Position p && p.getHousenumber() != null) {
      checkCommune(laposte, p.getHousenumber().getParent(), out);
    }
  }

  private static void checkCommune(String cea, AddressGroup group, Violations out) {
    if (group == null || cea.length() < 5) {
      return;
    }
    String prefix = cea.substring(0, 5);
    String commune = group.getMunicipality() == null ? null : group.getMunicipality().getInsee();
    String fantoir = group.getFantoir();
    if (commune == null || prefix.equals(commune)) {
      return;
    }
    if (fantoir != null && fantoir.length() >= 5 && prefix.equals(fantoir.substring(0, 5))) {
      return;
    }
    out.add(
        "laposte",
        "CEA "
            + cea
            + " starts with "
            + prefix
            + ": expected the INSEE code of the address's commune, "
            + commune
            + (fantoir == null
                ? ""
                : " (or " + fantoir.substring(0, 5) + ", its FANTOIR commune)"));
  }
}
