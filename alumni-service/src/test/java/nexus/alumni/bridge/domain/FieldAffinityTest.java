package nexus.alumni.bridge.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldAffinityTest {

  private final FieldAffinity affinity =
      new FieldAffinity(List.of(List.of("semiconductor", "power electronics")));

  @Test
  void theSameFieldMeetsWhateverTheCase() {
    assertThat(
            affinity
                .between(List.of("Semiconductor design"), List.of("semiconductor design"))
                .same())
        .containsExactly("Semiconductor design");
  }

  @Test
  void aFieldMeetsAMoreSpecificOne() {
    assertThat(affinity.between(List.of("semiconductor"), List.of("semiconductor design")).same())
        .containsExactly("semiconductor");
  }

  @Test
  void relatedFieldsMeetAsAPairAndWeighLess() {
    FieldAffinity.Shared shared =
        affinity.between(List.of("semiconductor design"), List.of("power electronics"));
    assertThat(shared.same()).isEmpty();
    assertThat(shared.related()).containsExactly("semiconductor design / power electronics");
    assertThat(shared.score())
        .isLessThan(
            affinity.between(List.of("power electronics"), List.of("power electronics")).score());
  }

  @Test
  void unrelatedFieldsDoNotMeet() {
    assertThat(affinity.between(List.of("marine biology"), List.of("power electronics")).isEmpty())
        .isTrue();
  }
}
