package nexus.intake.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nexus.intake.call.domain.Call;
import nexus.testsupport.TestUsers;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Staff copy a call into a later year and edit its rules in the browser. */
@SpringBootTest(properties = "spring.config.name=intake-service")
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
class CallEditorIT {

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired CallCatalog calls;

  @Test
  void staffCopyACallIntoNextYearAndChangeItsRulesWithAReason() throws Exception {
    mvc.perform(
            post("/calls/ytec-2025/copy")
                .param("fiscalYear", "2031")
                .with(TestUsers.staff("staff-intake")))
        .andExpect(redirectedUrl("/calls/ytec-2031/edit"));
    mvc.perform(get("/calls/ytec-2031/edit").with(TestUsers.staff("staff-intake")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("2031年度若手人材交流プログラム申請")));

    mvc.perform(
            edit(
                "ytec-2031",
                "courses[MENTOR].baseBudgetJpy",
                "3500000",
                "courses[MENTOR].overrunPercent",
                "20",
                "unfundableKeywords",
                "sightseeing\ngolf",
                "reason",
                "2031 guidelines",
                "confirm",
                "true"))
        .andExpect(redirectedUrl("/dashboard"));

    Call edited = calls.find("ytec-2031").orElseThrow();
    assertThat(edited.courses().get("MENTOR").baseBudgetJpy()).isEqualTo(3_500_000);
    assertThat(edited.courses().get("MENTOR").overrunCapJpy()).isEqualTo(4_200_000);
    assertThat(edited.budget().unfundableKeywords()).containsExactly("sightseeing", "golf");
    assertThat(edited.courses().get("YOUNG_TALENT").maxAge()).isEqualTo(40);
    Document stored = mongo.getCollection("calls").find(new Document("_id", "ytec-2031")).first();
    assertThat(stored.getList("history", Document.class))
        .anySatisfy(h -> assertThat(h.getString("reason")).isEqualTo("2031 guidelines"));
  }

  @Test
  void invalidRulesAreShownBesideTheirFieldsAndNothingChanges() throws Exception {
    calls.copy("ytec-2025", 2032);
    mvc.perform(
            edit(
                "ytec-2032",
                "lang",
                "en",
                "closesAt",
                "2032-08-01T12:00",
                "courses[YOUNG_TALENT].overrunPercent",
                "150",
                "eligibleCountries",
                "Thailand",
                "reason",
                "typo",
                "confirm",
                "true"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(containsString("data-field=\"closesAt\">The deadline must come after")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "data-field=\"courses[YOUNG_TALENT].overrunPercent\">Between 0 and 100.")))
        .andExpect(content().string(containsString("two-letter ISO codes")));
    assertThat(calls.find("ytec-2032").orElseThrow().courses().get("YOUNG_TALENT").overrunPercent())
        .isEqualTo(10);

    mvc.perform(edit("ytec-2032", "lang", "en", "reason", "no confirmation"))
        .andExpect(content().string(containsString("Tick the box to confirm the change.")));
  }

  @Test
  void rulesAreFrozenOnceAPlanIsSubmittedButTheTitleMayChange() throws Exception {
    calls.copy("ytec-2025", 2033);
    mongo
        .getCollection("plans")
        .insertOne(
            new Document("_id", "P-frozen-2033")
                .append("callId", "ytec-2033")
                .append("status", "SUBMITTED"));
    mvc.perform(
            edit(
                "ytec-2033",
                "lang",
                "en",
                "maxStayDaysPerPerson",
                "120",
                "reason",
                "more days",
                "confirm",
                "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("its rules can no longer change")));
    assertThat(calls.find("ytec-2033").orElseThrow().maxStayDaysPerPerson()).isEqualTo(90);

    mvc.perform(
            edit(
                "ytec-2033",
                "titleEn",
                "2033 Y-tec (corrected)",
                "reason",
                "typo in the title",
                "confirm",
                "true"))
        .andExpect(redirectedUrl("/dashboard"));
    assertThat(calls.find("ytec-2033").orElseThrow().titleEn()).isEqualTo("2033 Y-tec (corrected)");
  }

  @Test
  void applicantsCannotEditCalls() throws Exception {
    mvc.perform(get("/calls/ytec-2025/edit").with(TestUsers.applicantOf("INST-1")))
        .andExpect(status().isForbidden());
  }

  /** Sends the given values instead of the call's own for the same fields. */
  private static final class Overriding {
    final MockHttpServletRequestBuilder post;

    Overriding(MockHttpServletRequestBuilder post, java.util.Map<String, String> changed) {
      this.post = post;
      post.with(
          request -> {
            changed.forEach((name, value) -> request.setParameter(name, value));
            return request;
          });
    }
  }

  /** The editor's form as the page sends it, unchanged except for the given parameters. */
  private MockHttpServletRequestBuilder edit(String id, String... overrides) {
    Call c = calls.find(id).orElseThrow();
    java.util.Map<String, String> changed = new java.util.HashMap<>();
    for (int i = 0; i < overrides.length; i += 2) {
      changed.put(overrides[i], overrides[i + 1]);
    }
    MockHttpServletRequestBuilder post =
        new Overriding(post("/calls/" + id).with(TestUsers.staff("staff-intake")), changed).post;
    post.param("titleJa", c.titleJa())
        .param("titleEn", c.titleEn())
        .param("opensAt", c.opensAt().toString())
        .param("closesAt", c.closesAt().toString())
        .param("eligibleCountries", String.join(",", c.eligibleCountries()))
        .param("exchangeStartFrom", c.exchangeStartFrom().toString())
        .param("exchangeStartUntil", c.exchangeStartUntil().toString())
        .param("exchangeEndBy", c.exchangeEndBy().toString())
        .param("maxExchangeMonths", String.valueOf(c.maxExchangeMonths()))
        .param("maxStayDaysPerPerson", String.valueOf(c.maxStayDaysPerPerson()))
        .param("indirectCapPercent", String.valueOf(c.budget().indirectCapPercent()))
        .param("equipmentThresholdJpy", String.valueOf(c.budget().equipmentThresholdJpy()))
        .param("unfundableKeywords", String.join("\n", c.budget().unfundableKeywords()))
        .param("fileNamePattern", c.documents().fileNamePattern())
        .param("maxDocumentMegabytes", "10");
    c.courses()
        .forEach(
            (code, r) -> {
              String p = "courses[" + code + "].";
              post.param(p + "maxParticipants", String.valueOf(r.maxParticipants()))
                  .param(p + "maxAge", r.maxAge() == null ? "" : String.valueOf(r.maxAge()))
                  .param(p + "baseBudgetJpy", String.valueOf(r.baseBudgetJpy()))
                  .param(p + "overrunPercent", String.valueOf(r.overrunPercent()));
              if (r.capIncludesChaperones()) {
                post.param(p + "capIncludesChaperones", "true");
              }
              if (r.chaperoneAllowed()) {
                post.param(p + "chaperoneAllowed", "true");
              }
              r.eligibleCategories()
                  .forEach(cat -> post.param(p + "eligibleCategories", cat.name()));
            });
    for (int i = 0; i < c.documents().kinds().size(); i++) {
      var k = c.documents().kinds().get(i);
      post.param("documentKinds[" + i + "].code", k.code())
          .param("documentKinds[" + i + "].nameJa", k.nameJa())
          .param("documentKinds[" + i + "].nameEn", k.nameEn())
          .param("documentKinds[" + i + "].requiredWhen", k.requiredWhen());
    }
    return post;
  }
}
