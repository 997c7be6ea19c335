package nexus.review.exportcontrol.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EndUserListTest {

  private final EndUserList list =
      new EndUserList(
          List.of(
              new EndUserEntry(
                  "China",
                  "Harbin Engineering University",
                  List.of("H.E.U. Research Institute (Co., Ltd.)", "哈尔滨工程大学"),
                  "Missile"),
              new EndUserEntry("Iran", "Tōkyō Trading Co., Ltd.", List.of(), "Nuclear")));

  @Test
  void matchesAnAliasWrittenWithDifferentPunctuationAndCase() {
    assertThat(list.match("heu research institute"))
        .get()
        .satisfies(
            m -> {
              assertThat(m.entry().name()).isEqualTo("Harbin Engineering University");
              assertThat(m.matchedName()).isEqualTo("H.E.U. Research Institute (Co., Ltd.)");
            });
  }

  @Test
  void matchesFullWidthLettersCorporateSuffixesAndLongVowelSpellings() {
    assertThat(list.match("ＴＯＵＫＹＯＵ　ＴＲＡＤＩＮＧ Inc.")).isPresent();
    assertThat(list.match("Tokyo Trading")).isPresent();
  }

  @Test
  void universityOfXIsXUniversity() {
    assertThat(NameNormaliser.key("University of Harbin Engineering"))
        .isEqualTo(NameNormaliser.key("Harbin Engineering University"));
  }

  @Test
  void aDepartmentOfAListedOrganisationMatches() {
    assertThat(list.match("Harbin Engineering University, School of Naval Architecture"))
        .isPresent();
  }

  @Test
  void unrelatedInstitutionsDoNotMatch() {
    assertThat(list.match("Chulalongkorn University")).isEmpty();
    assertThat(list.match("Kyoto University")).isEmpty();
    assertThat(list.match("")).isEmpty();
  }
}
