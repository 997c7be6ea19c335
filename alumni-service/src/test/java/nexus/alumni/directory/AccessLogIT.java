package nexus.alumni.directory;

import static nexus.alumni.support.AlumniFixtures.alumnus;
import static nexus.alumni.support.AlumniFixtures.newId;
import static nexus.alumni.support.AlumniFixtures.participant;
import static nexus.alumni.support.AlumniFixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nexus.alumni.support.AlumniIntegrationTest;
import nexus.alumni.support.Members;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A list shows personal data too: every member a directory result page (page and API), the staff
 * member list (API and dashboard) shows is in the access log with who looked; a member the list did
 * not show is not.
 */
class AccessLogIT extends AlumniIntegrationTest {

  String field;
  String shown;
  String notShown;
  String seekerLogin;
  Date started;

  @BeforeEach
  void twoMembersInAFieldAndOneOutsideIt() {
    started = new Date(System.currentTimeMillis() - 1000);
    field = "marine robotics " + newId("f");
    shown =
        Members.claimedAndListed(
            this::deliver,
            mongo,
            participant("Lim Wei Ling", "SG", "NUS", "INVITATION"),
            field,
            newId("sub"));
    seekerLogin = newId("sub");
    Members.claimedAndListed(
        this::deliver,
        mongo,
        participant("Mori Aoi", "JP", "Kyushu University", "DISPATCH"),
        "aquaculture " + newId("f"),
        seekerLogin);
    notShown =
        Members.claimedAndListed(
            this::deliver,
            mongo,
            participant("Tan Boon Hock", "MY", "UM", "INVITATION"),
            "palm oil chemistry " + newId("f"),
            newId("sub"));
  }

  @Test
  void aMemberShownInDirectorySearchResultsIsInTheirAccessLogAndOneNotShownIsNot()
      throws Exception {
    mvc.perform(get("/directory").param("field", field).with(alumnus(seekerLogin)))
        .andExpect(status().isOk());
    mvc.perform(get("/api/directory").param("field", field).with(alumnus(seekerLogin)))
        .andExpect(jsonPath("$.page.totalElements").value(1));

    assertThat(reads(shown, seekerLogin, "directory-search-page")).isEqualTo(1);
    assertThat(reads(shown, seekerLogin, "directory-search-api")).isEqualTo(1);
    assertThat(
            mongo
                .getCollection("access_log")
                .countDocuments(new Document("memberId", notShown).append("reader", seekerLogin)))
        .isZero();
    mvc.perform(get("/api/members/" + shown + "/access-log").with(staff()))
        .andExpect(jsonPath("$[?(@.reader == '" + seekerLogin + "')].channel").isNotEmpty());
  }

  @Test
  void everyMemberOnTheStaffListsIsInTheAccessLogWithTheStaffReader() throws Exception {
    String json =
        mvc.perform(get("/api/members").param("size", "20").with(staff()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> listed = JsonPath.read(json, "$.content[*].id");
    assertThat(listed).isNotEmpty().hasSizeLessThanOrEqualTo(20);
    listed.forEach(
        id -> assertThat(readsSince(id, "staff-alumni", "staff-list-api")).as(id).isEqualTo(1));

    String page =
        mvc.perform(get("/dashboard").with(staff()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> rows = new ArrayList<>();
    Matcher m = Pattern.compile("data-member-id=\"(ALU-[^\"]+)\"").matcher(page);
    while (m.find()) {
      rows.add(m.group(1));
    }
    assertThat(rows).isNotEmpty();
    rows.forEach(
        id -> assertThat(readsSince(id, "staff-alumni", "staff-dashboard")).as(id).isEqualTo(1));
  }

  private long reads(String memberId, String reader, String channel) {
    return mongo
        .getCollection("access_log")
        .countDocuments(
            new Document("memberId", memberId).append("reader", reader).append("channel", channel));
  }

  private long readsSince(String memberId, String reader, String channel) {
    return mongo
        .getCollection("access_log")
        .countDocuments(
            new Document("memberId", memberId)
                .append("reader", reader)
                .append("channel", channel)
                .append("at", new Document("$gte", started)));
  }
}
