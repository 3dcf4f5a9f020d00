package fr.gouv.ban.plugins.laposte;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.error.Violations;
import fr.gouv.ban.domain.model.AddressGroup;
import fr.gouv.ban.domain.model.Housenumber;
import fr.gouv.ban.domain.model.Municipality;
import fr.gouv.ban.domain.model.Postcode;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.spi.Contributor;
import fr.gouv.ban.domain.spi.ValidationContext;
import fr.gouv.ban.domain.spi.ValidationPlugin;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;

/**
 * {@code laposte.postcode-commune}: a postcode and the communes it serves must agree.
 *
 * <ul>
 *   <li>housenumber: its postcode belongs to the commune of its parent group (a postcode of the
 *       neighbouring commune is the classic copy-paste error of address files);
 *   <li>postcode: its code fits its commune's département ({@link Departements}).
 * </ul>
 *
 * Reads the entities only (relations are loaded by the write path); never queries.
 */
@ApplicationScoped
@Contributor(ContributorType.LAPOSTE)
public class PostcodeCommuneRule implements ValidationPlugin {
  @Override
  public String id() {
    return "laposte.postcode-commune";
  }

  @Override
  public boolean supports(ResourceKind kind) {
    return kind == ResourceKind.HOUSENUMBER || kind == ResourceKind.POSTCODE;
  }

  @Override
  public void validate(ValidationContext ctx, Violations out) {
    if (ctx.resource() instanceof Housenumber h) {
      housenumber(h, out);
    } else if (ctx.resource() instanceof Postcode p) {
      postcode(p, out);
    }
  }

  private static void housenumber(Housenumber h, Violations out) {
    Postcode postcode = h.getPostcode();
    AddressGroup parent = h.getParent();
    if (postcode == null || parent == null) {
      return;
    }
    String postcodeInsee = insee(postcode.getMunicipality());
    String groupInsee = insee(parent.getMunicipality());
    if (postcodeInsee != null && groupInsee != null && !Objects.equals(postcodeInsee, groupInsee)) {
      out.add(
          "postcode",
          "postcode "
              + postcode.getCode()
              + " belongs to commune "
              + postcodeInsee
              + ", the group \""
              + parent.getName()
              + "\" to commune "
              + groupInsee
              + ": expected a postcode of commune "
              + groupInsee);
    }
  }

  private static void postcode(Postcode p, Violations out) {
    String insee = insee(p.getMunicipality());
    String code = p.getCode();
    if (insee == null || code == null || code.length() != 5 || insee.length() != 5) {
      return; // the domain's own checks report malformed values
    }
    String mismatch = Departements.mismatch(code, insee);
    if (mismatch != null) {
      out.add("code", mismatch);
    }
  }

  private static String insee(Municipality m) {
    return m == null ? null : m.getInsee();
  }
}
