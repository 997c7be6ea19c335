package nexus.alumni.directory;

import static nexus.alumni.support.AlumniFixtures.alumnus;
import static nexus.alumni.support.AlumniFixtures.newId;
import static nexus.alumni.support.AlumniFixtures.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import nexus.alumni.support.AlumniIntegrationTest;
import nexus.alumni.support.Members;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public directory shows, without a login, listed members who made a field public, and only
 * their public fields: a field marked for alumni or staff is neither shown nor found by a filter,
 * and a member who is not listed, or made nothing public, is not there at all.
 */
class PublicDirectoryIT extends AlumniIntegrationTest {

  String field;
  String institution;
  String position;
  String open;
  String openLogin;
  String quiet;
  String quietLogin;
  String unlisted;

  @BeforeEach
  void threeMembersInOneField() {
    field = "coral reef ecology " + newId("f");
    institution = "Alumni-only Marine Institute " + newId("i");
    position = "Staff-only Position " + newId("p");
    openLogin = newId("sub");
    open =
        Members.claimedAndListed(
            this::deliver,
            mongo,
            participant("Sok Dara", "KH", institution, "INVITATION"),
            field,
            openLogin);
    set(
        open,
        new Document("position", position)
            .append("visibility.NAME", "PUBLIC")
            .append("visibility.FIELDS", "PUBLIC")
            .append("visibility.INSTITUTION", "ALUMNI")
            .append("visibility.EXCHANGES", "ALUMNI")
            .append("visibility.COUNTRY", "STAFF")
            .append("visibility.POSITION", "STAFF"));
    quietLogin = newId("sub");
    quiet =
        Members.claimedAndListed(
            this::deliver,
            mongo,
            participant("Chan Sophea", "KH", "RUPP", "INVITATION"),
            field,
            quietLogin);
    unlisted =
        Members.claimedAndListed(
            this::deliver,
            mongo,
            participant("Keo Vanna", "KH", "ITC", "INVITATION"),
            field,
            newId("sub"));
    set(
        unlisted,
        new Document("listed", false)
            .append("visibility.NAME", "PUBLIC")
            .append("visibility.FIELDS", "PUBLIC"));
  }

  @Test
  void onlyListedMembersWithAPublicFieldAppearAndOnlyWithTheirPublicFields() throws Exception {
    mvc.perform(get("/public/members").param("field", field).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Alumni directory (public)")))
        .andExpect(content().string(containsString("data-member-id=\"" + open + "\"")))
        .andExpect(content().string(containsString("Sok Dara")))
        .andExpect(content().string(containsString(field)))
        .andExpect(content().string(not(containsString(institution))))
        .andExpect(content().string(not(containsString(position))))
        .andExpect(content().string(not(containsString(quiet))))
        .andExpect(content().string(not(containsString("Chan Sophea"))))
        .andExpect(content().string(not(containsString(unlisted))))
        .andExpect(content().string(not(containsString("Keo Vanna"))));
    mvc.perform(get("/public/members").param("field", field).param("lang", "ja"))
        .andExpect(content().string(containsString("同窓会名簿（公開）")));

    mvc.perform(get("/public/members/" + open).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Sok Dara")))
        .andExpect(content().string(not(containsString(institution))))
        .andExpect(content().string(not(containsString(position))))
        .andExpect(content().string(not(containsString("id=\"member-country\""))))
        .andExpect(content().string(not(containsString("id=\"member-exchanges\""))));
    mvc.perform(get("/public/members/" + quiet)).andExpect(status().isNotFound());
    mvc.perform(get("/public/members/" + unlisted)).andExpect(status().isNotFound());
    assertThat(
            mongo
                .getCollection("access_log")
                .countDocuments(
                    new Document("memberId", open)
                        .append("reader", "anonymous")
                        .append("channel", "public-directory")))
        .isEqualTo(2);
  }

  @Test
  void aFilterOnAFieldMarkedForAlumniOrStaffFindsNobody() throws Exception {
    // the alumni-only institution, the staff-only country, the alumni-only exchanges
    mvc.perform(get("/public/members").param("institution", institution).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"directory-empty\"")))
        .andExpect(content().string(not(containsString(open))));
    mvc.perform(get("/public/members").param("field", field).param("country", "KH"))
        .andExpect(content().string(containsString("id=\"directory-empty\"")))
        .andExpect(content().string(not(containsString(open))));
    mvc.perform(get("/public/members").param("field", field).param("callYear", "2025"))
        .andExpect(content().string(not(containsString(open))));
    mvc.perform(get("/public/members").param("field", field).param("course", "YOUNG_TALENT"))
        .andExpect(content().string(not(containsString(open))));

    // once the member makes the country public, the same filter finds them
    set(open, new Document("visibility.COUNTRY", "PUBLIC"));
    mvc.perform(get("/public/members").param("field", field).param("country", "kh"))
        .andExpect(content().string(containsString(open)))
        .andExpect(content().string(not(containsString(institution))));
  }

  @Test
  void badFilterValuesAreExplainedBesideTheirFields() throws Exception {
    mvc.perform(get("/public/members").param("callYear", "20x5").param("country", "Cambodia"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"filter-year-error\"")))
        .andExpect(content().string(containsString("id=\"filter-country-error\"")))
        .andExpect(content().string(containsString("id=\"directory-empty\"")));
    mvc.perform(get("/public/members").param("callYear", "20x5").param("lang", "ja"))
        .andExpect(content().string(containsString("公募年度は4桁の数字")));
  }

  @Test
  void resultsComeTwentyAPage() throws Exception {
    String many = "mangrove restoration " + newId("f");
    List<Document> members = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      members.add(
          new Document("_id", newId("ALU"))
              .append("name", "Public Member " + i)
              .append("fields", List.of(many))
              .append("listed", true)
              .append("erased", false)
              .append("claimedAt", new Date())
              .append("visibility", new Document("NAME", "PUBLIC").append("FIELDS", "PUBLIC")));
    }
    mongo.getCollection("members").insertMany(members);

    String first =
        mvc.perform(get("/public/members").param("field", many))
            .andExpect(content().string(containsString("id=\"page-next\"")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String second =
        mvc.perform(get("/public/members").param("field", many).param("page", "1"))
            .andExpect(content().string(containsString("id=\"page-previous\"")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(rows(first)).isEqualTo(20);
    assertThat(rows(second)).isEqualTo(1);
    mvc.perform(get("/public/members").param("field", many).param("page", "2"))
        .andExpect(content().string(containsString("id=\"directory-empty\"")));
  }

  @Test
  void theMembersOwnPageLinksToTheirPublicPageOnlyWhenAFieldIsPublic() throws Exception {
    mvc.perform(get("/me").with(alumnus(openLogin)).param("lang", "en"))
        .andExpect(content().string(containsString("id=\"public-page-link\"")))
        .andExpect(content().string(containsString("href=\"/public/members/" + open + "\"")))
        .andExpect(content().string(not(containsString("id=\"public-nothing\""))));
    mvc.perform(get("/me").with(alumnus(quietLogin)).param("lang", "en"))
        .andExpect(content().string(containsString("id=\"public-nothing\"")))
        .andExpect(content().string(containsString("no field is visible to everyone")))
        .andExpect(content().string(not(containsString("id=\"public-page-link\""))));

    set(open, new Document("listed", false));
    mvc.perform(get("/me").with(alumnus(openLogin)).param("lang", "ja"))
        .andExpect(content().string(containsString("名簿への掲載に同意していない")))
        .andExpect(content().string(not(containsString("id=\"public-page-link\""))));
    mvc.perform(get("/public/members/" + open)).andExpect(status().isNotFound());
  }

  private void set(String id, Document values) {
    mongo.getCollection("members").updateOne(new Document("_id", id), new Document("$set", values));
  }

  private static int rows(String html) {
    return html.split("<tr data-member-id=", -1).length - 1;
  }
}
