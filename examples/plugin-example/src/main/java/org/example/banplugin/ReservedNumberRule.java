package org.example.banplugin;

import fr.gouv.ban.domain.error.Violations;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.spi.ValidationContext;
import fr.gouv.ban.domain.spi.ValidationPlugin;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code example.reserved-number}: refuses housenumber {@code 666} from every writer (no
 * {@code @Contributor} qualifier: a global rule). A made-up rule, simple enough to show a plugin
 * built outside the application taking part in every write.
 */
@ApplicationScoped
public class ReservedNumberRule implements ValidationPlugin {
  static final String RESERVED = "666";

  @Override
  public String id() {
    return "example.reserved-number";
  }

  @Override
  public boolean supports(ResourceKind kind) {
    return kind == ResourceKind.HOUSENUMBER;
  }

  @Override
  public void validate(ValidationContext ctx, Violations out) {
    if (RESERVED.equals(ctx.text("number"))) {
      out.add("number", "number " + RESERVED + " is reserved (example third-party plugin)");
    }
  }
}
