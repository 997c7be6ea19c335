package nexus.reporting.obligation;

import static nexus.reporting.obligation.ObligationFixtures.awarded;
import static nexus.reporting.obligation.ObligationFixtures.hostSigned;
import static nexus.reporting.obligation.ObligationFixtures.newPlanId;
import static nexus.reporting.obligation.ObligationFixtures.partnerSigned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nexus.events.EventCodec;
import nexus.events.EventEnvelope;
import nexus.events.IntegrationEvent;
import nexus.events.ParticipantListSubmitted;
import nexus.messaging.EventInbox;
import nexus.reporting.ReportingContext;
import nexus.testsupport.TestUsers;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The host's participant list and the institutions' accounting report as HTML forms: prefilled,
 * rows added and removed without a script, every problem beside the person or field it names,
 * nothing stored on refusal.
 */
class HostReportFormsIT extends ReportingContext {

  static final String TOPIC = "nexus.reporting.events";

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;

  final RequestPostProcessor host = TestUsers.applicantOf("INST-A");

  @Test
  void theListFormStartsFromTheAwardedPlansPeople() throws Exception {
    String planId = signedPlan();

    String html = page(get(listPath(planId)).param("lang", "en").with(host), 200);

    var doc = new PageHtml(html);
    assertThat(doc.has("participant-list-form")).isTrue();
    assertThat(doc.value("person-0-name")).isEqualTo("Somchai");
    assertThat(doc.value("person-0-birth-date")).isEqualTo("1998-04-01");
    // the affiliation is the plan's Thai counterpart
    assertThat(doc.value("person-0-country")).isEqualTo("TH");
    assertThat(doc.selected("person-0-category")).isEqualTo("GRADUATE_STUDENT");
    assertThat(doc.has("person-0-visit-0-start")).isTrue();
    assertThat(doc.has("add-person")).isTrue();
    assertThat(doc.has("save-participant-list")).isTrue();
    assertThat(doc.has("submitted-list")).isFalse();
  }

  @Test
  void peopleAndVisitsAreAddedAndRemovedWithButtonsWithoutStoringAnything() throws Exception {
    String planId = signedPlan();

    var added =
        new PageHtml(
            page(somchai(planId, "10").param("action", "add-person").with(host).with(csrf()), 200));
    assertThat(added.value("person-0-name")).isEqualTo("Somchai Jaidee");
    assertThat(added.value("person-1-name")).isEmpty();
    assertThat(added.has("person-1-visit-0-start")).isTrue();

    var visit =
        new PageHtml(
            page(
                somchai(planId, "10").param("action", "add-visit-0").with(host).with(csrf()), 200));
    assertThat(visit.value("person-0-visit-1-start")).isEqualTo("2026-06-01");
    assertThat(visit.value("person-0-visit-2-start")).isEmpty();

    var removed =
        new PageHtml(
            page(
                somchai(planId, "10").param("action", "remove-visit-0-0").with(host).with(csrf()),
                200));
    assertThat(removed.value("person-0-visit-0-start")).isEqualTo("2026-06-01");
    assertThat(removed.has("person-0-visit-1-start")).isFalse();

    var none =
        new PageHtml(
            page(
                somchai(planId, "10").param("action", "remove-person-0").with(host).with(csrf()),
                200));
    assertThat(none.has("person-0")).isFalse();
    assertThat(document(planId)).doesNotContainKey("participantList");
  }

  @Test
  void aListWithNinetyOneDaysIsRefusedBesideThatPersonAndNothingIsStored() throws Exception {
    String planId = signedPlan();

    var doc =
        new PageHtml(page(somchai(planId, "11").param("lang", "en").with(host).with(csrf()), 400));

    assertThat(doc.has("list-refused")).isTrue();
    assertThat(doc.text("person-0-visits-error")).contains("Somchai Jaidee", "91 days", "90");
    assertThat(doc.count("field-error")).isEqualTo(1);
    // what was typed is shown again
    assertThat(doc.value("person-0-visit-1-end")).isEqualTo("2026-07-11");
    assertThat(document(planId)).doesNotContainKey("participantList");

    var ja =
        new PageHtml(page(somchai(planId, "11").param("lang", "ja").with(host).with(csrf()), 400));
    assertThat(ja.text("person-0-visits-error")).contains("Somchai Jaidee", "滞在日数の合計が91日");
  }

  @Test
  void fieldProblemsAndRuleProblemsAreShownBesideTheirFields() throws Exception {
    String planId = signedPlan();

    var doc =
        new PageHtml(
            page(
                somchai(
                        planId,
                        "10",
                        "people[0].country",
                        "Thailand",
                        "people[0].visits[0].start",
                        "not a date",
                        "people[0].emergencyPhone",
                        "")
                    .param("lang", "en")
                    .with(host)
                    .with(csrf()),
                400));
    assertThat(doc.text("person-0-country-error")).contains("Two-letter");
    assertThat(doc.attr("person-0-country", "aria-invalid")).isEqualTo("true");
    assertThat(doc.attr("person-0-country", "aria-describedby"))
        .isEqualTo("person-0-country-error");
    assertThat(doc.attr("person-0-name", "aria-invalid")).isNull();
    assertThat(doc.has("person-0-visit-0-start-error")).isTrue();
    assertThat(doc.text("person-0-emergency-phone-error")).contains("phone");

    var rules =
        new PageHtml(
            page(
                somchai(
                        planId,
                        "10",
                        "people[0].birthDate",
                        "1980-01-01",
                        "people[0].visits[1].direction",
                        "DISPATCH")
                    .param("lang", "en")
                    .with(host)
                    .with(csrf()),
                400));
    assertThat(rules.text("person-0-birth-date-error")).contains("Somchai Jaidee", "46");
    assertThat(rules.text("person-0-mofa-error")).contains("Tabireg");
    assertThat(document(planId)).doesNotContainKey("participantList");
  }

  @Test
  void aListNamingNoOneIsRefusedAsAWholeAndAHostileRowIndexIsRefusedAsInput() throws Exception {
    String planId = signedPlan();

    var empty =
        new PageHtml(
            page(
                post(listPath(planId))
                    .param("people[0].name", "")
                    .param("people[0].role", "PARTICIPANT")
                    .param("lang", "en")
                    .with(host)
                    .with(csrf()),
                400));
    assertThat(empty.text("list-error")).isEqualTo("The list names no one.");

    mvc.perform(post(listPath(planId)).param("people[100000].name", "x").with(host).with(csrf()))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post(accountingPath(planId))
                .param("categories[0].lines[100000].amount", "1")
                .with(host)
                .with(csrf()))
        .andExpect(status().isBadRequest());
    assertThat(document(planId)).doesNotContainKey("participantList");
    assertThat(documentReports(planId)).isEmpty();
  }

  @Test
  void aValidListIsStoredAnnouncedAndShownReadOnlyAboveTheFormForResubmission() throws Exception {
    String planId = signedPlan();

    mvc.perform(
            somchai(planId, "10")
                .param("people[1].name", "")
                .param("people[1].role", "PARTICIPANT")
                .with(host)
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/plans/" + planId + "?participantList"));

    await().atMost(WAIT).until(() -> outboxEmpty(planId));
    // the copy of the awarded plan's people served the form only until the list was submitted
    assertThat((List<?>) document(planId).get("awardedPeople")).isEmpty();
    ParticipantListSubmitted event =
        codec.payload(only(planId, "participant-list.submitted"), ParticipantListSubmitted.class);
    assertThat(event.participants())
        .extracting(p -> p.name() + "/" + p.email() + "/" + p.country() + "/" + p.direction())
        .containsExactly("Somchai Jaidee/somchai@chula.example/TH/INVITATION");

    var plan =
        new PageHtml(
            page(
                get("/plans/" + planId).param("participantList", "").param("lang", "en").with(host),
                200));
    assertThat(plan.text("confirmation")).contains("participant list");
    assertThat(plan.attr("participant-list-state", "data-state")).isEqualTo("SUBMITTED");
    assertThat(plan.attr("participant-list-link", "href"))
        .isEqualTo("/plans/" + planId + "/participant-list");

    var form = new PageHtml(page(get(listPath(planId)).param("lang", "en").with(host), 200));
    assertThat(form.text("submitted-at")).endsWith("JST");
    assertThat(form.text("submitted-person-0")).contains("Somchai Jaidee", "90");
    assertThat(form.value("person-0-emergency-name")).isEqualTo("Mother");
    assertThat(form.value("person-0-emergency-phone")).isEqualTo("+66 2 000 0000");
    assertThat(form.attr("person-0-insurance", "checked")).isNotNull();
  }

  @Test
  void onlyTheHostOfThePlanGetsTheListForm() throws Exception {
    String planId = signedPlan();

    mvc.perform(get(listPath(planId)).with(TestUsers.applicantOf("INST-OTHER")))
        .andExpect(status().isNotFound());
    mvc.perform(somchai(planId, "10").with(TestUsers.applicantOf("INST-OTHER")).with(csrf()))
        .andExpect(status().isNotFound());
    // the partner signed and applies as an applicant of its own institution: not its list
    mvc.perform(get(listPath(planId)).with(TestUsers.applicantOf("INST-P")))
        .andExpect(status().isNotFound());
    mvc.perform(get(listPath("plan-unknown")).with(host)).andExpect(status().isNotFound());
    assertThat(document(planId)).doesNotContainKey("participantList");
  }

  @Test
  void theListFormCarriesTheGatewaysCsrfTokenAndShowsScriptsAsText() throws Exception {
    String planId = signedPlan();

    // the gateway checks the token on every post; the form must carry the one it handed out
    var form =
        new PageHtml(
            page(get(listPath(planId)).header("X-Nexus-Csrf-Token", "gw-token-1").with(host), 200));
    assertThat(form.html()).contains("<input type=\"hidden\" name=\"_csrf\" value=\"gw-token-1\">");

    mvc.perform(
            somchai(
                    planId,
                    "11",
                    "people[0].name",
                    "<script>alert(1)</script>",
                    "people[0].visits[0].place",
                    "<script>alert(2)</script>")
                .with(host)
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
                        containsString("&lt;script&gt;alert(2)&lt;/script&gt;"),
                        not(containsString("<script>alert")))));
    assertThat(document(planId)).doesNotContainKey("participantList");
  }

  @Test
  void theAccountingFormAddsAndRemovesLinesAndRecalculatesTotalsWithoutAScript() throws Exception {
    String planId = signedPlan();

    var empty = new PageHtml(page(get(accountingPath(planId)).param("lang", "en").with(host), 200));
    assertThat(empty.has("accounting-report-form")).isTrue();
    for (String c : List.of("I", "II", "III", "IV")) {
      assertThat(empty.has("line-" + c + "-0-description")).isTrue();
      assertThat(empty.has("line-" + c + "-0-amount")).isTrue();
      assertThat(empty.has("add-line-" + c)).isTrue();
    }
    assertThat(empty.has("indirect")).isTrue();
    assertThat(empty.has("save-accounting-report")).isTrue();

    var added =
        new PageHtml(
            page(
                accounting(planId, "III", "flights", "800000", "80000")
                    .param("action", "add-line-III")
                    .with(host)
                    .with(csrf()),
                200));
    assertThat(added.value("line-III-0-description")).isEqualTo("flights");
    assertThat(added.value("line-III-1-amount")).isEmpty();
    assertThat(added.text("subtotal-III")).isEqualTo("800,000");
    assertThat(added.text("total-direct")).isEqualTo("800,000");
    assertThat(added.text("total")).isEqualTo("880,000");
    assertThat(added.count("field-error")).isZero();

    var removed =
        new PageHtml(
            page(
                accounting(planId, "III", "flights", "800000", "80000")
                    .param("action", "remove-line-III-0")
                    .with(host)
                    .with(csrf()),
                200));
    assertThat(removed.has("line-III-0-amount")).isFalse();
    assertThat(removed.text("total-direct")).isEqualTo("0");
    assertThat(documentReports(planId)).isEmpty();
  }

  @Test
  void indirectCostsAboveTenPercentAreRefusedBesideIndirectAndNothingIsStored() throws Exception {
    String planId = signedPlan();

    var doc =
        new PageHtml(
            page(
                accounting(planId, "III", "flights", "800000", "90000")
                    .param("lang", "en")
                    .with(host)
                    .with(csrf()),
                400));
    assertThat(doc.has("accounting-refused")).isTrue();
    assertThat(doc.text("indirect-error")).contains("10%", "80,000");
    assertThat(doc.attr("indirect", "aria-describedby")).isEqualTo("indirect-error");
    assertThat(doc.count("field-error")).isEqualTo(1);
    assertThat(doc.value("indirect")).isEqualTo("90000");
    assertThat(documentReports(planId)).isEmpty();

    var ja =
        new PageHtml(
            page(
                accounting(planId, "III", "flights", "800000", "90000")
                    .param("lang", "ja")
                    .with(host)
                    .with(csrf()),
                400));
    assertThat(ja.text("indirect-error")).contains("一般管理費は直接経費の10%以内");
  }

  @Test
  void linesNeedADescriptionAndAPositiveWholeAmount() throws Exception {
    String planId = signedPlan();

    var doc =
        new PageHtml(
            page(
                accounting(planId, "I", "", "12.5", "0")
                    .param("categories[1].lines[0].description", "lecturer")
                    .param("categories[1].lines[0].amount", "0")
                    .param("lang", "en")
                    .with(host)
                    .with(csrf()),
                400));
    assertThat(doc.text("line-I-0-description-error")).isEqualTo("Required.");
    assertThat(doc.text("line-I-0-amount-error")).contains("whole number");
    assertThat(doc.text("line-II-0-amount-error")).contains("above 0");
    assertThat(documentReports(planId)).isEmpty();

    var none =
        new PageHtml(
            page(
                post(accountingPath(planId))
                    .param("indirect", "0")
                    .param("lang", "en")
                    .with(host)
                    .with(csrf()),
                400));
    assertThat(none.text("accounting-error")).contains("at least one line");
  }

  @Test
  void aValidReportIsSubmittedThenReturnedWithACommentCorrectedAndAcceptedReadOnly()
      throws Exception {
    String planId = signedPlan();
    RequestPostProcessor partner = TestUsers.applicantOf("INST-P");

    mvc.perform(
            accounting(planId, "III", "flights", "800000", "80000")
                .param("categories[0].lines[0].description", "reagents")
                .param("categories[0].lines[0].amount", "100000")
                .with(partner)
                .with(csrf()))
        .andExpect(redirectedUrl("/plans/" + planId + "?accountingReport"));
    var plan =
        new PageHtml(
            page(
                get("/plans/" + planId)
                    .param("accountingReport", "")
                    .param("lang", "en")
                    .with(partner),
                200));
    assertThat(plan.text("confirmation")).contains("accounting report");
    assertThat(plan.attr("accounting-report-state", "data-state")).isEqualTo("SUBMITTED");
    // the partner's plan page has no participant list form: that is the host's
    assertThat(plan.has("participant-list-link")).isFalse();
    var submitted = new PageHtml(page(get(accountingPath(planId)).with(partner), 200));
    assertThat(submitted.has("accounting-report-form")).isFalse();
    assertThat(submitted.attr("accounting-state", "data-state")).isEqualTo("SUBMITTED");
    assertThat(submitted.text("total")).isEqualTo("980,000");

    decide(planId, "INST-P", false, "<b>Receipts</b> for the flights are missing");
    var returned = new PageHtml(page(get("/plans/" + planId).with(partner), 200));
    assertThat(returned.attr("accounting-report-state", "data-state")).isEqualTo("RETURNED");
    assertThat(returned.html()).contains("&lt;b&gt;Receipts&lt;/b&gt; for the flights");
    var again = new PageHtml(page(get(accountingPath(planId)).with(partner), 200));
    assertThat(again.text("staff-comment")).contains("<b>Receipts</b> for the flights");
    assertThat(again.value("line-III-0-amount")).isEqualTo("800000");
    assertThat(again.value("line-I-0-description")).isEqualTo("reagents");

    mvc.perform(
            accounting(planId, "III", "flights (receipts attached)", "800000", "80000")
                .with(partner)
                .with(csrf()))
        .andExpect(redirectedUrl("/plans/" + planId + "?accountingReport"));
    decide(planId, "INST-P", true, null);

    var accepted = new PageHtml(page(get(accountingPath(planId)).with(partner), 200));
    assertThat(accepted.has("accounting-report-form")).isFalse();
    assertThat(accepted.attr("accounting-state", "data-state")).isEqualTo("ACCEPTED");
    assertThat(accepted.text("line-III-0-description")).isEqualTo("flights (receipts attached)");
    mvc.perform(accounting(planId, "III", "changed", "1000", "0").with(partner).with(csrf()))
        .andExpect(redirectedUrl("/plans/" + planId + "/accounting-report"));
    assertThat(documentReports(planId).toString()).doesNotContain("changed");
  }

  @Test
  void onlyASignedInstitutionOfThePlanGetsItsAccountingForm() throws Exception {
    String planId = signedPlan();

    mvc.perform(get(accountingPath(planId)).with(TestUsers.applicantOf("INST-OTHER")))
        .andExpect(status().isNotFound());
    mvc.perform(
            accounting(planId, "III", "flights", "800000", "80000")
                .with(TestUsers.applicantOf("INST-OTHER"))
                .with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(get(accountingPath(planId)).with(TestUsers.staff("staff-reporting")))
        .andExpect(status().isForbidden());
    assertThat(documentReports(planId)).isEmpty();
  }

  @Test
  void theAccountingFormCarriesTheCsrfTokenAndShowsScriptsAsText() throws Exception {
    String planId = signedPlan();

    var form =
        new PageHtml(
            page(
                get(accountingPath(planId)).header("X-Nexus-Csrf-Token", "gw-token-2").with(host),
                200));
    assertThat(form.html()).contains("<input type=\"hidden\" name=\"_csrf\" value=\"gw-token-2\">");
    mvc.perform(
            accounting(planId, "IV", "<script>alert(3)</script>", "1000", "900")
                .with(host)
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("&lt;script&gt;alert(3)&lt;/script&gt;"),
                        not(containsString("<script>alert")))));
  }

  @Test
  void everyTextOfTheFormsIsInJapaneseAndEnglish() throws Exception {
    String planId = signedPlan();
    List<String> pages = new java.util.ArrayList<>();
    for (String lang : List.of("ja", "en")) {
      pages.add(page(get(listPath(planId)).param("lang", lang).with(host), 200));
      pages.add(page(somchai(planId, "11").param("lang", lang).with(host).with(csrf()), 400));
      pages.add(page(get(accountingPath(planId)).param("lang", lang).with(host), 200));
      pages.add(
          page(
              accounting(planId, "I", "", "x", "").param("lang", lang).with(host).with(csrf()),
              400));
    }
    mvc.perform(somchai(planId, "10").with(host).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(accounting(planId, "II", "lecturer", "50000", "0").with(host).with(csrf()))
        .andExpect(status().is3xxRedirection());
    decide(planId, "INST-A", false, "Add the receipts");
    for (String lang : List.of("ja", "en")) {
      pages.add(page(get(listPath(planId)).param("lang", lang).with(host), 200));
      pages.add(page(get(accountingPath(planId)).param("lang", lang).with(host), 200));
      pages.add(
          page(
              get("/plans/" + planId).param("lang", lang).param("participantList", "").with(host),
              200));
    }
    assertThat(pages).allSatisfy(html -> assertThat(html).doesNotContain("??"));
    assertThat(pages.get(0)).contains("参加者リストを提出する");
    assertThat(pages.get(4)).contains("Hand in the participant list");
  }

  // --- fixtures

  private String signedPlan() {
    String planId = newPlanId();
    deliver(awarded(planId));
    deliver(hostSigned(planId));
    deliver(partnerSigned(planId));
    return planId;
  }

  private static String accountingPath(String planId) {
    return "/plans/" + planId + "/accounting-report";
  }

  /** One line in a category (I–IV) and the indirect costs. */
  private static MockHttpServletRequestBuilder accounting(
      String planId, String category, String description, String amount, String indirect) {
    int c = List.of("I", "II", "III", "IV").indexOf(category);
    return post(accountingPath(planId))
        .param("categories[" + c + "].lines[0].description", description)
        .param("categories[" + c + "].lines[0].amount", amount)
        .param("indirect", indirect);
  }

  private void decide(String planId, String institutionId, boolean accept, String comment)
      throws Exception {
    mvc.perform(
            post("/api/plans/" + planId + "/accounting-reports/" + institutionId + "/decision")
                .with(TestUsers.staff("staff-reporting"))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(
                    "{\"accept\":"
                        + accept
                        + ",\"comment\":"
                        + (comment == null ? "null" : "\"" + comment + "\"")
                        + "}"))
        .andExpect(status().isOk());
  }

  private List<?> documentReports(String planId) {
    Object reports = document(planId).get("accountingReports");
    return reports == null ? List.of() : (List<?>) reports;
  }

  private static String listPath(String planId) {
    return "/plans/" + planId + "/participant-list";
  }

  /** Somchai with two invitations: 50 days, then 41 (lastJulyDay 11) or 40 (10). */
  private static Map<String, String> somchai(String lastJulyDay) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("people[0].name", "Somchai Jaidee");
    p.put("people[0].email", "somchai@chula.example");
    p.put("people[0].birthDate", "1998-04-01");
    p.put("people[0].country", "th");
    p.put("people[0].affiliation", "Chulalongkorn University");
    p.put("people[0].category", "GRADUATE_STUDENT");
    p.put("people[0].role", "PARTICIPANT");
    p.put("people[0].visits[0].start", "2026-03-01");
    p.put("people[0].visits[0].end", "2026-04-19");
    p.put("people[0].visits[0].direction", "INVITATION");
    p.put("people[0].visits[0].place", "Tokyo");
    p.put("people[0].visits[1].start", "2026-06-01");
    p.put("people[0].visits[1].end", "2026-07-" + lastJulyDay);
    p.put("people[0].visits[1].direction", "INVITATION");
    p.put("people[0].visits[1].place", "Osaka");
    p.put("people[0].insurance", "true");
    p.put("people[0].emergencyName", "Mother");
    p.put("people[0].emergencyPhone", "+66 2 000 0000");
    return p;
  }

  /** Somchai's list posted, with some fields changed (name, value, name, value...). */
  private static MockHttpServletRequestBuilder somchai(
      String planId, String lastJulyDay, String... changes) {
    Map<String, String> fields = somchai(lastJulyDay);
    for (int i = 0; i < changes.length; i += 2) {
      fields.put(changes[i], changes[i + 1]);
    }
    MockHttpServletRequestBuilder request = post(listPath(planId));
    fields.forEach(request::param);
    return request;
  }

  private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
    return mvc.perform(request)
        .andExpect(status().is(status))
        .andReturn()
        .getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private Document document(String planId) {
    return mongo.getCollection("obligations").find(new Document("_id", planId)).first();
  }

  private void deliver(IntegrationEvent event) {
    inbox.handle(codec.encode(codec.wrap(event, "test", null)));
  }

  private boolean outboxEmpty(String planId) {
    Document d = document(planId);
    return d != null && ((List<?>) d.get("outbox")).isEmpty();
  }

  private EventEnvelope only(String planId, String type) {
    List<EventEnvelope> events =
        eventsOn(TOPIC, codec).stream()
            .filter(e -> e.type().equals(type) && planId.equals(e.key()))
            .toList();
    assertThat(events).hasSize(1);
    return events.get(0);
  }
}
