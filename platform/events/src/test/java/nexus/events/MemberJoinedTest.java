package nexus.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Producer and readers must agree on a login's key, in every version of the suite. */
class MemberJoinedTest {

  @Test
  void aLoginsKeyIsTheSha256OfItsPrefixedSubjectAndNeverTheSubjectItself() {
    String key = MemberJoined.subjectKey("hokuriku-pi@hokuriku-kosen.example");

    assertThat(key)
        .isEqualTo("12cd5c2d5ef64b66ef84dffd6331f3871ba2d7196692d084ae791eacb643751b")
        .doesNotContain("hokuriku");
    assertThat(MemberJoined.subjectKey("another@hokuriku-kosen.example")).isNotEqualTo(key);
  }
}
