package fr.gouv.ban.domain.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.ban.domain.error.BanException;
import org.junit.jupiter.api.Test;

class MaskTest {
  @Test
  void blankMaskMeansEveryDefaultFieldWithRelationsAsIds() {
    Mask m = Mask.parse(null);
    assertThat(m.hasStar()).isTrue();
    assertThat(m.sub("parent").isEmpty()).isTrue();
  }

  @Test
  void starStarExpandsEveryRelationOneLevel() {
    Mask m = Mask.parse("*.*");
    assertThat(m.sub("parent").hasStar()).isTrue();
    assertThat(m.sub("parent").sub("municipality").isEmpty()).isTrue();
  }

  @Test
  void dottedPathsBuildATree() {
    Mask m = Mask.parse("id,parent.name,parent.municipality.name");
    assertThat(m.hasStar()).isFalse();
    assertThat(m.explicitFields()).containsExactly("id", "parent");
    assertThat(m.sub("parent").explicitFields()).containsExactly("name", "municipality");
    assertThat(m.sub("parent").sub("municipality").explicitFields()).containsExactly("name");
  }

  @Test
  void refusesEmptySegmentsAndDeepPaths() {
    assertThatThrownBy(() -> Mask.parse("a..b")).isInstanceOf(BanException.class);
    assertThatThrownBy(() -> Mask.parse("*.*.*.*.*"))
        .isInstanceOf(BanException.class)
        .hasMessageContaining("too deep");
  }
}
