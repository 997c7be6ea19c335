package nexus.alumni.bridge;

import static nexus.alumni.support.AlumniFixtures.alumnus;
import static nexus.alumni.support.AlumniFixtures.newId;
import static nexus.alumni.support.AlumniFixtures.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nexus.alumni.support.AlumniIntegrationTest;
import nexus.alumni.support.Members;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** A member is shown members on the other side in the same field, with the reason. */
class BridgeIT extends AlumniIntegrationTest {

  @Test
  void aJapaneseMemberIsShownVietnameseMembersInTheSameFieldWithTheReason() throws Exception {
    String field = "semiconductor design";
    String kenjiLogin = newId("sub");
    Members.claimedAndListed(
        this::deliver,
        mongo,
        participant("Sato Kenji", "JP", "Tohoku University", "DISPATCH"),
        field,
        kenjiLogin);
    String an =
        Members.claimedAndListed(
            this::deliver,
            mongo,
            participant("Nguyen Van An", "VN", "HUST", "INVITATION"),
            field,
            newId("sub"));
    String sameSide =
        Members.claimedAndListed(
            this::deliver,
            mongo,
            participant("Tanaka Yui", "JP", "Kyushu University", "DISPATCH"),
            field,
            newId("sub"));
    String hidden =
        Members.claimedAndListed(
            this::deliver,
            mongo,
            participant("Tran Thi Binh", "VN", "VNU", "INVITATION"),
            field,
            newId("sub"));
    mongo
        .getCollection("members")
        .updateOne(
            new Document("_id", hidden),
            new Document("$set", new Document("visibility.FIELDS", "STAFF")));

    mvc.perform(get("/api/me/bridges").with(alumnus(kenjiLogin)).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.memberId == '" + an + "')].theirCountry").value("Vietnam"))
        .andExpect(jsonPath("$[?(@.memberId == '" + an + "')].myCountry").value("Japan"))
        .andExpect(jsonPath("$[?(@.memberId == '" + sameSide + "')]").isEmpty())
        .andExpect(jsonPath("$[?(@.memberId == '" + hidden + "')]").isEmpty());
    mvc.perform(get("/me").with(alumnus(kenjiLogin)).param("lang", "en"))
        .andExpect(
            content().string(containsString("both in semiconductor design; Vietnam / Japan")))
        .andExpect(content().string(not(containsString(hidden))));
    // a suggestion shows the member's data: it is in their access log, the hidden one's is not
    for (String channel : new String[] {"bridges-api", "bridges-page"}) {
      assertThat(
              mongo
                  .getCollection("access_log")
                  .countDocuments(
                      new Document("memberId", an)
                          .append("reader", kenjiLogin)
                          .append("channel", channel)))
          .as(channel)
          .isEqualTo(1);
    }
    assertThat(
            mongo
                .getCollection("access_log")
                .countDocuments(new Document("memberId", hidden).append("reader", kenjiLogin)))
        .isZero();
  }
}
