package fr.gouv.ban.plugins.ign;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.error.Violations;
import fr.gouv.ban.domain.model.AddressGroup;
import fr.gouv.ban.domain.model.Housenumber;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.spi.Contributor;
import fr.gouv.ban.domain.spi.ValidationContext;
import fr.gouv.ban.domain.spi.ValidationPlugin;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * {@code ign.identifier-format}: the BAN identifiers IGN writes are well-formed and belong to the
 * resource's commune: a group's {@code ign} is a street id {@code <insee>_<voie>} of its
 * municipality, a housenumber's {@code ign} a clé d'interopérabilité whose commune is its street's.
 * Other contributors' identifiers are not IGN's business.
 */
@ApplicationScoped
@Contributor(ContributorType.IGN)
public class IgnIdentifierRule implements ValidationPlugin {
  @Override
  public String id() {
    return "ign.identifier-format";
  }

  @Override
  public boolean supports(ResourceKind kind) {
    return kind == ResourceKind.GROUP || kind == ResourceKind.HOUSENUMBER;
  }

  @Override
  public void validate(ValidationContext ctx, Violations out) {
    String ign = ctx.text("ign");
    if (ign == null) {
      return;
    }
    if (ctx.resource() instanceof AddressGroup g) {
      check(ign, BanIds.STREET.matcher(ign).matches(), "<insee>_<voie>", insee(g), out);
    } else if (ctx.resource() instanceof Housenumber h && h.getParent() != null) {
      check(
          ign,
          BanIds.CLE.matcher(ign).matches(),
          "<insee>_<voie>_<numero on 5 digits>[_<suffixe>]",
          insee(h.getParent()),
          out);
    }
  }

  private static void check(
      String ign, boolean wellFormed, String shape, String insee, Violations out) {
    if (!wellFormed) {
      out.add("ign", "expected a BAN identifier " + shape + " in lower case, got \"" + ign + "\"");
    } else if (insee != null && !ign.startsWith(insee.toLowerCase(Locale.ROOT) + "_")) {
      out.add("ign", "\"" + ign + "\" names another commune than " + insee);
    }
  }

  private static String insee(AddressGroup g) {
    return g.getMunicipality() == null ? null : g.getMunicipality().getInsee();
  }
}
