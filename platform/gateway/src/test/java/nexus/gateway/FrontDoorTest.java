package nexus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class FrontDoorTest {

  private static List<String> hrefs(String... roles) {
    return FrontDoor.linksFor(List.of(roles)).stream().map(FrontDoor.Link::href).toList();
  }

  @Test
  void anAccountWithoutRoleIsSentToRegisterOrJoinAnInstitutionAndToThePlans() {
    assertThat(hrefs()).containsExactly("/intake/plans", "/intake/institution");
  }

  @Test
  void eachRoleFindsItsOwnPagesAndNoOtherStaffsDashboard() {
    assertThat(hrefs("applicant"))
        .containsExactly(
            "/intake/plans", "/intake/institution", "/contract/my/cases", "/reporting/plans");
    assertThat(hrefs("partner")).containsExactly("/contract/my/cases", "/reporting/plans");
    assertThat(hrefs("reviewer")).containsExactly("/review/portal");
    assertThat(hrefs("alumnus")).containsExactly("/alumni/me", "/alumni/directory");
    assertThat(hrefs("staff-contract")).containsExactly("/contract/dashboard");
    assertThat(hrefs("admin")).contains("/review/portal", "/alumni/dashboard").hasSize(12);
  }

  @Test
  void everyLinkHasItsTextInJapaneseAndEnglish() throws Exception {
    for (String file : List.of("gateway-messages.properties", "gateway-messages_ja.properties")) {
      Properties texts = new Properties();
      try (var in = new ClassPathResource(file).getInputStream()) {
        texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      }
      assertThat(FrontDoor.linksFor(List.of("admin")))
          .allSatisfy(l -> assertThat(texts.getProperty(l.labelKey())).as(file).isNotBlank());
    }
  }
}
