package nexus.web.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ErasedPeopleTest {

  private static ListedPerson listed(String id, String name, String affiliation) {
    return new ListedPerson(id, PersonKeys.key("P-1", name), PersonKeys.key("P-1", affiliation));
  }

  @Test
  void recognisesANameWrittenInAnotherOrderCaseOrWidth() {
    ErasedPeople erased =
        new ErasedPeople("P-1", List.of(listed("pt-1", "JAIDEE, Somchai", "CU")), Set.of("pt-1"));

    assertThat(erased.matches("Somchai  Jaidee", null)).isTrue();
    assertThat(erased.matches("ｓｏｍｃｈａｉ　ｊａｉｄｅｅ", "elsewhere")).isTrue();
    assertThat(erased.matches("Somchai", "CU")).isFalse();
    assertThat(erased.matches(ErasedPeople.MARKER, "CU")).isFalse();
  }

  @Test
  void aKeyIsBoundToItsPlan() {
    assertThat(PersonKeys.key("P-1", "Somchai")).isNotEqualTo(PersonKeys.key("P-2", "Somchai"));
    assertThat(PersonKeys.key("P-1", "  ")).isNull();
  }

  @Test
  void namesakesAreToldApartByAffiliation() {
    ErasedPeople erased =
        new ErasedPeople(
            "P-1",
            List.of(listed("pt-1", "An Nguyen", "HUST"), listed("pt-2", "An Nguyen", "VNU")),
            Set.of("pt-1"));

    assertThat(erased.matches("Nguyen An", "hust")).isTrue();
    assertThat(erased.matches("Nguyen An", "VNU")).isFalse();
  }

  @Test
  void anErasureOfSomeoneNotListedYetRecognisesNobody() {
    ErasedPeople erased =
        new ErasedPeople("P-1", List.of(listed("pt-1", "Somchai", "CU")), Set.of("pt-9"));

    assertThat(erased.isEmpty()).isTrue();
    assertThat(erased.matches("Somchai", "CU")).isFalse();
  }
}
