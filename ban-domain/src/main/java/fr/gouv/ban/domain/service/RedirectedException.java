package fr.gouv.ban.domain.service;

import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.error.ErrorCode;
import fr.gouv.ban.domain.model.ResourceKind;
import java.util.List;

/** A lookup found nothing but former identifiers point to these resources. */
public class RedirectedException extends BanException {
  private static final long serialVersionUID = 1L;
  private final ResourceKind kind;
  private final List<String> targets;

  public RedirectedException(ResourceKind kind, List<String> targets) {
    super(ErrorCode.REDIRECTED, "Resource moved");
    this.kind = kind;
    this.targets = List.copyOf(targets);
  }

  public ResourceKind kind() {
    return kind;
  }

  public List<String> targets() {
    return targets;
  }
}
