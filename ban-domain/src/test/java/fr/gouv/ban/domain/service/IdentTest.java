package fr.gouv.ban.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.ban.domain.error.BanException;
import fr.gouv.ban.domain.model.ResourceKind;
import org.junit.jupiter.api.Test;

class IdentTest {
  @Test
  void bareValuesAreIds() {
    assertThat(Ident.parse(ResourceKind.GROUP, "ban-group-abc"))
        .isEqualTo(new Ident("id", "ban-group-abc"));
  }

  @Test
  void namesMustBelongToTheKind() {
    assertThat(Ident.parse(ResourceKind.MUNICIPALITY, "insee:12345"))
        .isEqualTo(new Ident("insee", "12345"));
    assertThat(Ident.parse(ResourceKind.HOUSENUMBER, "cia:93031_1491_84_BIS").value())
        .isEqualTo("93031_1491_84_BIS");
    assertThatThrownBy(() -> Ident.parse(ResourceKind.POSTCODE, "insee:12345"))
        .isInstanceOf(BanException.class)
        .hasMessage("Invalid identifier: insee");
    assertThatThrownBy(() -> Ident.parse(ResourceKind.MUNICIPALITY, "pk:1"))
        .isInstanceOf(BanException.class);
  }
}
