package nexus.alumni.dashboard;

import static nexus.alumni.support.AlumniFixtures.alumnus;
import static nexus.alumni.support.AlumniFixtures.applicant;
import static nexus.alumni.support.AlumniFixtures.newId;
import static nexus.alumni.support.AlumniFixtures.participant;
import static nexus.alumni.support.AlumniFixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import nexus.alumni.support.AlumniIntegrationTest;
import nexus.alumni.support.Members;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The staff dashboard counts members, claims and opt-outs, and keeps erased members anonymous. */
class DashboardIT extends AlumniIntegrationTest {

  @Test
  void figuresCountClaimsOptOutsAndErasedMembersAnonymously() throws Exception {
    String field = "biomanufacturing " + newId("f");
    String before = figures();
    String stays = newId("sub");
    String leaves = newId("sub");
    String staysId =
        Members.claimedAndListed(
            this::deliver,
            mongo,
            participant("Siti Rahma", "ID", "ITB", "INVITATION"),
            field,
            stays);
    Members.claimedAndListed(
        this::deliver,
        mongo,
        participant("Budi Santoso", "ID", "UGM", "INVITATION"),
        field,
        leaves);
    mongo
        .getCollection("members")
        .updateOne(
            new Document("_id", staysId), new Document("$set", new Document("mailConsent", false)));
    mvc.perform(delete("/api/me").param("confirm", "true").with(alumnus(leaves)))
        .andExpect(status().isNoContent());

    String after = figures();
    assertThat(count(after, "$.members") - count(before, "$.members")).isEqualTo(1);
    assertThat(count(after, "$.erased") - count(before, "$.erased")).isEqualTo(1);
    assertThat(count(after, "$.claimed") - count(before, "$.claimed")).isEqualTo(1);
    assertThat(count(after, "$.mailOptOuts") - count(before, "$.mailOptOuts")).isEqualTo(1);
    assertThat(count(after, "$.byCountry.ID") - count(before, "$.byCountry.ID")).isEqualTo(2);
    assertThat(count(after, "$.byCallYear.2025") - count(before, "$.byCallYear.2025")).isEqualTo(2);
    assertThat(count(after, "$.byField['" + field + "']")).isEqualTo(1);

    mvc.perform(get("/dashboard").param("lang", "ja").with(staff()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("同窓会メンバー")))
        .andExpect(content().string(containsString("id=\"claim-rate\"")))
        .andExpect(content().string(containsString(field)));
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    "/staff/members/" + staysId + "/invitation")
                .with(staff()))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                "/dashboard?notReinvited"));
    mvc.perform(get("/dashboard").with(applicant())).andExpect(status().isForbidden());
    mvc.perform(get("/api/dashboard").with(alumnus(stays))).andExpect(status().isForbidden());
  }

  private String figures() throws Exception {
    return mvc.perform(get("/api/dashboard").with(staff()))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static long count(String json, String path) {
    try {
      Number n = JsonPath.read(json, path);
      return n.longValue();
    } catch (com.jayway.jsonpath.PathNotFoundException e) {
      return 0;
    }
  }
}
