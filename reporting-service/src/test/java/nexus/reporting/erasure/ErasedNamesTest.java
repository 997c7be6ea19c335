package nexus.reporting.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nexus.web.erasure.ErasedPeople;
import nexus.web.erasure.ListedPerson;
import nexus.web.erasure.PersonKeys;
import org.junit.jupiter.api.Test;

class ErasedNamesTest {

  static final String PLAN = "plan-1";

  static ListedPerson listed(String id, String name, String affiliation) {
    return new ListedPerson(id, PersonKeys.key(PLAN, name), PersonKeys.key(PLAN, affiliation));
  }

  static final List<ListedPerson> LIST =
      List.of(
          listed("p1", "Somchai Jaidee", "Chulalongkorn University"),
          listed("p2", "Nguyen Van An", "VNU"),
          listed("p3", "山田 花子", "東京大学"),
          listed("p4", "Ann Lee", "NUS"));

  static ErasedNames erasing(String... ids) {
    List<ErasedNames.Named> known =
        List.of(
            new ErasedNames.Named("Somchai Jaidee", "Chulalongkorn University"),
            new ErasedNames.Named("Nguyen Van An", "VNU"),
            new ErasedNames.Named("山田 花子", "東京大学"),
            new ErasedNames.Named("Ann Lee", "NUS"));
    return ErasedNames.of(new ErasedPeople(PLAN, LIST, Set.of(ids)), known);
  }

  @Test
  void anErasedNameInAListIsRecognisedWhateverItsOrderAndCase() {
    ErasedNames names = erasing("p1");

    assertThat(names.anonymised("JAIDEE, Somchai")).isEqualTo(ErasedPeople.MARKER);
    assertThat(names.anonymised("Nguyen Van An")).isEqualTo("Nguyen Van An");
    assertThat(names.named(ErasedPeople.MARKER)).isFalse();
  }

  @Test
  void anErasedNameIsReplacedInFreeTextAndOthersAreKept() {
    ErasedNames names = erasing("p1");

    assertThat(
            names.scrub("Somchai Jaidee sprained an ankle; JAIDEE Somchai and Nguyen Van An left."))
        .isEqualTo("(erased) sprained an ankle; (erased) and Nguyen Van An left.");
  }

  @Test
  void aJapaneseNameWrittenWithoutTheSpaceOfTheListIsReplaced() {
    ErasedNames names = erasing("p3");

    assertThat(names.scrub("山田花子さんが転倒しました。山田 花子さんは帰国。"))
        .isEqualTo("(erased)さんが転倒しました。(erased)さんは帰国。");
  }

  @Test
  void aNameInsideALongerWordIsNotReplaced() {
    ErasedNames names = erasing("p4");

    assertThat(names.scrub("The Annual meeting with Ann Lee and Ann Leeds."))
        .isEqualTo("The Annual meeting with (erased) and Ann Leeds.");
  }

  @Test
  void aTextWithoutErasedNamesIsReturnedUnchanged() {
    ErasedNames names = erasing("p1");
    String text = "Nguyen Van An gave a seminar.";

    assertThat(names.scrub(text)).isSameAs(text);
    assertThat(names.scrub(null)).isNull();
    assertThat(erasing().scrub("Somchai Jaidee")).isEqualTo("Somchai Jaidee");
  }

  @Test
  void aNameASecondListedPersonSharesIsNotReplacedWithoutTheirAffiliation() {
    List<ListedPerson> namesakes =
        List.of(listed("p1", "Lee Wei", "NUS"), listed("p2", "Lee Wei", "NTU"));
    ErasedNames names =
        ErasedNames.of(
            new ErasedPeople(PLAN, namesakes, Set.of("p1")),
            List.of(
                new ErasedNames.Named("Lee Wei", "NUS"), new ErasedNames.Named("Lee Wei", "NTU")));

    assertThat(names.scrub("Lee Wei presented.")).isEqualTo("Lee Wei presented.");
    assertThat(names.anonymised("Lee Wei")).isEqualTo("Lee Wei");
  }
}
