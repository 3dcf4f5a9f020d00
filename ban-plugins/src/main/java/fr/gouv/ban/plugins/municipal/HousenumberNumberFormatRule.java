package fr.gouv.ban.plugins.municipal;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.error.Violations;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.spi.Contributor;
import fr.gouv.ban.domain.spi.ValidationContext;
import fr.gouv.ban.domain.spi.ValidationPlugin;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/**
 * A commune writes housenumbers as its BAL does: the {@code number} is an integer from 0 to 99998
 * written without leading zeros ({@code "12"}, not {@code "12 bis"}, {@code "012"} or {@code
 * "12-14"}), the suffix going to {@code ordinal}. 99999 is the BAL's marker of a toponyme without
 * address, never a housenumber. Keeps municipal API writes consistent with the cle_interop the same
 * commune's BAL import derives.
 */
@ApplicationScoped
@Contributor(ContributorType.MUNICIPAL_ADMINISTRATION)
public class HousenumberNumberFormatRule implements ValidationPlugin {
  private static final Pattern NUMBER = Pattern.compile("0|[1-9]\\d{0,4}");

  @Override
  public String id() {
    return "municipal.housenumber-number-format";
  }

  @Override
  public boolean supports(ResourceKind kind) {
    return kind == ResourceKind.HOUSENUMBER;
  }

  @Override
  public void validate(ValidationContext ctx, Violations out) {
    String number = ctx.text("number");
    if (number == null) {
      out.add("number", "expected a number from 0 to 99998 (a commune's housenumbers have one)");
    } else if (!NUMBER.matcher(number).matches() || number.equals("99999")) {
      out.add(
          "number",
          "expected an integer from 0 to 99998 without leading zeros, the suffix in ordinal; got \""
              + number
              + "\"");
    }
  }
}
