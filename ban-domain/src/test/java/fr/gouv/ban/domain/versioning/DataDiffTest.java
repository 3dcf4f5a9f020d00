package fr.gouv.ban.domain.versioning;

import static fr.gouv.ban.domain.Jsonp.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class DataDiffTest {
  private static JsonObject data(String name, int version) {
    return JSON.createObjectBuilder()
        .add("id", "ban-group-1")
        .add("name", name)
        .add("alias", JSON.createArrayBuilder())
        .add("fantoir", JSON.createValue("123451234"))
        .addNull("ign")
        .add("version", version)
        .add("modified_at", "t" + version)
        .build();
  }

  @Test
  void listsOnlyChangedFieldsAndNeverBookkeeping() {
    JsonObject diff = DataDiff.diff(data("A", 1), data("B", 2));
    assertThat(diff.keySet()).containsExactly("name");
    assertThat(diff.getJsonObject("name").getString("old")).isEqualTo("A");
    assertThat(diff.getJsonObject("name").getString("new")).isEqualTo("B");
  }

  @Test
  void onCreateListsEveryNonNullFieldIncludingEmptyLists() {
    JsonObject diff = DataDiff.diff(null, data("A", 1));
    assertThat(diff.keySet()).containsExactlyInAnyOrder("name", "alias", "fantoir");
    assertThat(diff.getJsonObject("alias").isNull("old")).isTrue();
  }

  @Test
  void identicalDataHasNoChanges() {
    assertThat(DataDiff.changedFields(data("A", 1), data("A", 7))).isEmpty();
  }
}
