package nexus.launcher;

import static nexus.launcher.SuiteSeeds.json;
import static nexus.launcher.SuiteSeeds.signIn;
import static nexus.launcher.SuiteSeeds.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nexus.events.ParticipantRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Stored XSS across the suite, through the gateway: markup and script payloads are stored in every
 * free-text field users write — a newcomer's name at sign-up and the institution they register, a
 * plan's title and fields, an end-user list entry (METI's list, as review staff upload it) and the
 * note clearing its hit, a reviewer's profile (by review staff) and comments, the work plan and a
 * message in contract, an incident, the participant list, the accounting report's lines and an
 * activity report in reporting (published in the public catalogue), a survey's title and question
 * (by reporting staff) and a participant's answer, an alumni profile, an announcement and a
 * gathering — by the users who write them (a call change's reason is shown nowhere but its refused
 * form, which echoes it). Then every page that shows them, to staff, to their authors and to the
 * public, must show them as text: escaped, with no live {@code <script>} element, event-handler
 * attribute or {@code javascript:} URL carrying them (checked on the raw markup by a strict tag
 * scanner); and the JSON APIs return them as data, with {@code Content-Type: application/json}.
 */
class StoredXssIT {

  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMAGE = "\"><img src=x onerror=alert(1)>";
  static final String URL = "javascript:alert(1)";
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  /** The participant the host lists (an alumni member: a survey is mailed there). */
  static final String PARTICIPANT_EMAIL = "xss-participant-" + RUN + "@proofs.example";

  /** What goes into every free-text field (short enough for the smallest). */
  static final String PAYLOAD = "x" + RUN + SCRIPT + IMAGE;

  /** How the payload's script looks when shown as text. */
  static final String SHOWN = "&lt;script&gt;alert(1)&lt;/script&gt;";

  /** The payload of one kind of field, recognisable by its tag (its script follows the tag). */
  static String payload(String field) {
    return "x" + RUN + "-" + field + SCRIPT + IMAGE;
  }

  /** How that payload looks when shown as text. */
  static String shown(String field) {
    return "x" + RUN + "-" + field + SHOWN;
  }

  /** An API that returns one kind of field's payload as JSON data. */
  static Shown returned(String who, String path, String field) {
    return new Shown(who, path, payload(field));
  }

  /** A page, who opens it, and what it must show escaped (the payload, or a URL payload). */
  record Shown(String who, String path, String expected) {
    Shown(String who, String path) {
      this(who, path, SHOWN);
    }
  }

  static Suite suite;
  static final Map<String, BrowserSession> users = new LinkedHashMap<>();
  static final List<Shown> pages = new ArrayList<>();
  static final List<Shown> apis = new ArrayList<>();
  static String publishedReport;

  @BeforeAll
  static void storePayloadsEverywhere() {
    suite = RunningSuite.get();
    users.put("pi", signIn(suite, RunningSuite.XSS_PI));
    users.put("reviewer", signIn(suite, RunningSuite.XSS_REVIEWER));
    users.put("alumnus", signIn(suite, RunningSuite.XSS_ALUMNUS));
    for (String staff :
        List.of(
            "staff-intake",
            "staff-review",
            "staff-contract",
            "staff-contract2",
            "staff-reporting",
            "staff-alumni")) {
      users.put(staff, signIn(suite, staff));
    }
    BrowserSession anonymous = new BrowserSession(suite.gatewayUrl());
    anonymous.get("/?lang=en");
    users.put("anonymous", anonymous);

    newcomerWithMarkupInNameAndInstitution();

    // intake: a plan with the payload in its title and every other free-text field
    BrowserSession pi = users.get("pi");
    String planId = Drafting.draftPlan(suite, pi, "YOUNG_TALENT", PAYLOAD, "TH", PAYLOAD);
    HttpResponse<String> submitted = Drafting.submitDraft(pi, planId);
    assertThat(submitted.uri().getPath())
        .as(Drafting.describe(submitted))
        .isEqualTo("/intake/plans/" + planId);
    String draftId = Drafting.draftPlan(suite, pi, "MENTOR", PAYLOAD, "TH", URL);
    pages.add(new Shown("pi", "/intake/plans"));
    pages.add(new Shown("pi", "/intake/plans/" + planId));
    pages.add(new Shown("pi", "/intake/plans/" + draftId + "/edit/review"));
    pages.add(new Shown("pi", "/intake/plans/" + draftId + "/edit/basics", URL));
    pages.add(new Shown("pi", "/intake/progress"));
    pages.add(new Shown("staff-intake", "/intake/staff/plans"));
    pages.add(new Shown("staff-intake", "/intake/staff/plans/" + planId));
    apis.add(new Shown("pi", "/intake/api/plans/" + planId));
    apis.add(new Shown("pi", "/intake/api/drafts/" + draftId));

    // review: the end-user list names the plan's counterpart (a hit, cleared), the case for staff,
    // the portal with the reviewer's comments
    BrowserSession reviewStaff = users.get("staff-review");
    endUserListWithMarkup(reviewStaff, planId);
    SuiteSeeds.screenEligible(reviewStaff, planId);
    SuiteSeeds.assignReviewer(reviewStaff, planId, RunningSuite.XSS_REVIEWER, PAYLOAD);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        users
                            .get("reviewer")
                            .getJson("/review/api/my/plans/" + planId)
                            .statusCode())
                    .isEqualTo(200));
    HttpResponse<String> sheet =
        users
            .get("reviewer")
            .request(
                "PUT",
                "/review/api/my/plans/" + planId + "/score",
                write(Map.of("scores", Map.of(), "comments", Map.of("overall", PAYLOAD))),
                false);
    assertThat(sheet.statusCode()).as(Drafting.describe(sheet)).isEqualTo(200);
    pages.add(new Shown("staff-review", "/review/dashboard"));
    pages.add(new Shown("staff-review", "/review/reviewers"));
    apis.add(new Shown("staff-review", "/review/api/reviewers/" + RunningSuite.XSS_REVIEWER));
    pages.add(new Shown("staff-review", "/review/cases/" + planId));
    pages.add(new Shown("reviewer", "/review/portal"));
    pages.add(new Shown("reviewer", "/review/portal/plans/" + planId));
    apis.add(new Shown("staff-review", "/review/api/cases/" + planId));
    apis.add(new Shown("reviewer", "/review/api/my/plans/" + planId + "/score"));

    // contract: the award, a work plan and a message with the payload, the agreement signed
    SuiteSeeds.award(planId, PAYLOAD, "INST-0013", "Markup Test University");
    BrowserSession contractStaff = users.get("staff-contract");
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(pi.getJson("/contract/api/my/cases/" + planId).statusCode())
                    .isEqualTo(200));
    HttpResponse<String> message =
        pi.request(
            "POST",
            "/contract/api/my/cases/" + planId + "/messages?text=" + enc(PAYLOAD),
            null,
            false);
    assertThat(message.statusCode()).as(Drafting.describe(message)).isEqualTo(200);
    signWithWorkPlanOf(pi, contractStaff, planId, PAYLOAD);
    advancePaid(planId);
    pages.add(new Shown("pi", "/contract/my/cases"));
    pages.add(new Shown("pi", "/contract/my/cases/" + planId));
    pages.add(new Shown("staff-contract", "/contract/dashboard"));
    pages.add(new Shown("staff-contract", "/contract/cases/" + planId));
    apis.add(new Shown("pi", "/contract/api/my/cases/" + planId));
    apis.add(new Shown("staff-contract", "/contract/api/cases/" + planId));

    // reporting: an incident, the outcome report, the activity report (published)
    SuiteSeeds.awaitReporting(pi, planId);
    HttpResponse<String> incident =
        pi.request(
            "POST",
            "/reporting/api/plans/" + planId + "/incidents",
            SuiteSeeds.incidentBody(PAYLOAD),
            false);
    assertThat(incident.statusCode()).as(Drafting.describe(incident)).isEqualTo(201);
    HttpResponse<String> outcome =
        pi.request(
            "PUT",
            "/reporting/api/plans/" + planId + "/outcome-report",
            write(
                Map.of(
                    "summary", PAYLOAD,
                    "outcomes", PAYLOAD,
                    "partnerContribution", PAYLOAD,
                    "followUp", PAYLOAD)),
            false);
    assertThat(outcome.statusCode()).as(Drafting.describe(outcome)).isEqualTo(200);
    publishedReport = SuiteSeeds.writeActivityReport(pi, planId, PAYLOAD, PAYLOAD, PAYLOAD);
    BrowserSession reportingStaff = users.get("staff-reporting");
    HttpResponse<String> published =
        reportingStaff.request(
            "POST", "/reporting/api/activity-reports/" + publishedReport + "/publish", null, false);
    assertThat(published.statusCode()).as(Drafting.describe(published)).isEqualTo(200);
    pages.add(new Shown("pi", "/reporting/plans"));
    pages.add(new Shown("pi", "/reporting/plans/" + planId));
    pages.add(new Shown("staff-reporting", "/reporting/dashboard"));
    pages.add(new Shown("staff-reporting", "/reporting/obligations/" + planId));
    pages.add(new Shown("staff-reporting", "/reporting/activity-reports"));
    pages.add(new Shown("staff-reporting", "/reporting/activity-reports/" + publishedReport));
    pages.add(new Shown("anonymous", "/reporting/public/reports"));
    pages.add(new Shown("anonymous", "/reporting/public/reports/" + publishedReport));
    apis.add(new Shown("pi", "/reporting/api/plans/" + planId + "/incidents"));
    apis.add(new Shown("pi", "/reporting/api/plans/" + planId + "/reports"));
    apis.add(new Shown("pi", "/reporting/api/plans/" + planId + "/activity-report"));
    apis.add(new Shown("staff-reporting", "/reporting/api/incidents"));
    apis.add(new Shown("anonymous", "/reporting/public/api/reports"));
    participantsAndAccountsWithMarkup(pi, planId);

    alumniWithMarkup();
    surveyWithMarkup();
  }

  /**
   * Review staff upload an end-user list (METI's CSV) whose entry carries the payload in its name
   * and concern, and as its alias the plan's counterpart (named by the payload), so the case hits
   * it; staff clear the hit with the payload as their note.
   */
  private static void endUserListWithMarkup(BrowserSession staff, String planId) {
    String csv =
        "No.,Country,Organization name,Also known as,Type of concern\r\n1,"
            + csv("TH")
            + ","
            + csv(payload("end-user"))
            + ","
            + csv(PAYLOAD)
            + ","
            + csv(payload("end-user-concern"))
            + "\r\n";
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(staff.getJson("/review/api/cases/" + planId).statusCode())
                    .isEqualTo(200));
    HttpResponse<String> uploaded =
        staff.uploadFileWithXsrf(
            "/review/api/export-control/list",
            Map.of(),
            "end-users.csv",
            csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(uploaded.statusCode()).as(Drafting.describe(uploaded)).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        json(staff.getJson("/review/api/cases/" + planId))
                            .path("exportControl")
                            .path("status")
                            .asString())
                    .isEqualTo("HIT"));
    HttpResponse<String> cleared =
        staff.request(
            "POST",
            "/review/api/cases/" + planId + "/export-control/decision",
            write(Map.of("decision", "CLEAR", "note", payload("end-user-note"))),
            false);
    assertThat(cleared.statusCode() / 100).as(Drafting.describe(cleared)).isEqualTo(2);
    pages.add(new Shown("staff-review", "/review/cases/" + planId, shown("end-user")));
    pages.add(new Shown("staff-review", "/review/cases/" + planId, shown("end-user-concern")));
    apis.add(returned("staff-review", "/review/api/cases/" + planId, "end-user"));
    apis.add(returned("staff-review", "/review/api/cases/" + planId, "end-user-note"));
  }

  /** One staff member requests the advance, a colleague approves it and records the transfer. */
  private static void advancePaid(String planId) {
    BrowserSession requester = users.get("staff-contract");
    BrowserSession approver = users.get("staff-contract2");
    String agreementId =
        json(requester.getJson("/contract/api/cases/" + planId))
            .path("agreements")
            .path(0)
            .path("agreementId")
            .asString();
    Map<String, Object> account = new LinkedHashMap<>();
    account.put("bankCode", "0001");
    account.put("bankName", "Mizuho Bank");
    account.put("branchCode", "100");
    account.put("branchName", "Tokyo Main Office");
    account.put("accountType", "1");
    account.put("accountNumber", "1234567");
    account.put("holderKana", "ﾏｰｸｱｯﾌﾟﾃｽﾄﾀﾞｲｶﾞｸ");
    HttpResponse<String> requested =
        requester.request(
            "POST",
            "/contract/api/cases/" + planId + "/payments",
            write(Map.of("agreementId", agreementId, "account", account)),
            false);
    assertThat(requested.statusCode()).as(Drafting.describe(requested)).isEqualTo(200);
    String paymentId = json(requested).path("payments").path(0).path("paymentId").asString();
    for (String step : List.of("approval", "disbursement")) {
      HttpResponse<String> done =
          approver.request(
              "POST",
              "/contract/api/cases/" + planId + "/payments/" + paymentId + "/" + step,
              "{\"confirm\":true}",
              false);
      assertThat(done.statusCode()).as(step + " " + Drafting.describe(done)).isEqualTo(200);
    }
  }

  /**
   * The host lists a participant named by the payload and reports its accounts with the payload in
   * every line (one of them unfundable, so contract's settlement names it); reporting staff accept
   * both reports, contract settles, and the exchange is complete.
   */
  private static void participantsAndAccountsWithMarkup(BrowserSession pi, String planId) {
    Map<String, Object> person = new LinkedHashMap<>();
    person.put("name", payload("participant"));
    person.put("birthDate", "1998-04-01");
    person.put("category", "GRADUATE_STUDENT");
    person.put("role", "PARTICIPANT");
    person.put("affiliation", PAYLOAD);
    person.put("country", "TH");
    person.put("email", PARTICIPANT_EMAIL);
    person.put(
        "visits",
        List.of(
            Map.of(
                "start",
                SuiteSeeds.START.plusDays(10).toString(),
                "end",
                SuiteSeeds.START.plusDays(30).toString(),
                "direction",
                "INVITATION",
                "place",
                PAYLOAD)));
    person.put(
        "safety",
        Map.of(
            "insuranceWithEvacuation", true, "emergencyContact", PAYLOAD, "mofaRegistered", true));
    HttpResponse<String> listed =
        pi.request(
            "PUT",
            "/reporting/api/plans/" + planId + "/participant-list",
            write(Map.of("participants", List.of(person))),
            false);
    assertThat(listed.statusCode()).as(Drafting.describe(listed)).isEqualTo(200);
    HttpResponse<String> reported =
        pi.request(
            "PUT",
            "/reporting/api/plans/" + planId + "/accounting-report",
            write(
                Map.of(
                    "items",
                    List.of(
                        Map.of(
                            "category",
                            "III",
                            "description",
                            payload("accounts"),
                            "amountJpy",
                            3_000_000),
                        Map.of(
                            "category",
                            "IV",
                            "description",
                            payload("accounts") + " sightseeing",
                            "amountJpy",
                            1_000)),
                    "indirectJpy",
                    300_000)),
            false);
    assertThat(reported.statusCode()).as(Drafting.describe(reported)).isEqualTo(200);
    BrowserSession staff = users.get("staff-reporting");
    for (String decision :
        List.of("outcome-report/decision", "accounting-reports/INST-0013/decision")) {
      HttpResponse<String> accepted =
          staff.request(
              "POST",
              "/reporting/api/plans/" + planId + "/" + decision,
              write(Map.of("accept", true, "comment", "")),
              false);
      assertThat(accepted.statusCode()).as(Drafting.describe(accepted)).isEqualTo(200);
    }
    BrowserSession contractStaff = users.get("staff-contract");
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(
                        json(contractStaff.getJson("/contract/api/cases/" + planId))
                            .path("settlements")
                            .size())
                    .isEqualTo(1));
    String participant = shown("participant");
    String accounts = shown("accounts");
    pages.add(new Shown("pi", "/reporting/plans/" + planId + "/participant-list", participant));
    pages.add(new Shown("staff-reporting", "/reporting/obligations/" + planId, participant));
    pages.add(new Shown("pi", "/reporting/plans/" + planId + "/accounting-report", accounts));
    pages.add(new Shown("staff-reporting", "/reporting/obligations/" + planId, accounts));
    // (contract's pages show a settlement's sums, its API the lines it refused)
    apis.add(
        returned("staff-reporting", "/reporting/api/plans/" + planId + "/reports", "participant"));
    apis.add(returned("pi", "/reporting/api/plans/" + planId + "/reports", "accounts"));
    apis.add(returned("pi", "/contract/api/my/cases/" + planId, "accounts"));
    apis.add(returned("staff-contract", "/contract/api/cases/" + planId, "accounts"));
  }

  /**
   * Reporting staff define a survey whose title and question are the payload, schedule a campaign
   * for the participants of completed exchanges and launch it; the participant listed above, an
   * alumni member who consents to mail, answers with the payload from the link mailed to them.
   */
  private static void surveyWithMarkup() {
    // reporting surveys participants only through alumni: they claim their profile with consent
    SuiteSeeds.claim(signIn(suite, RunningSuite.XSS_RESPONDENT), PARTICIPANT_EMAIL, false, true);
    SuiteSeeds.awaitMailableAlumnus(PARTICIPANT_EMAIL);
    BrowserSession staff = users.get("staff-reporting");
    Map<String, Object> question = new LinkedHashMap<>();
    question.put("id", "q1");
    question.put("kind", "TEXT");
    question.put("textJa", payload("question"));
    question.put("textEn", payload("question"));
    question.put("required", false);
    HttpResponse<String> defined =
        staff.request(
            "POST",
            "/reporting/api/surveys/definitions",
            write(
                Map.of(
                    "titleJa",
                    payload("survey"),
                    "titleEn",
                    payload("survey"),
                    "questions",
                    List.of(question))),
            false);
    assertThat(defined.statusCode()).as(Drafting.describe(defined)).isEqualTo(201);
    java.time.Instant now = java.time.Instant.now();
    HttpResponse<String> scheduled =
        staff.request(
            "POST",
            "/reporting/api/surveys/campaigns",
            write(
                Map.of(
                    "definitionId", json(defined).path("id").asString(),
                    "surveyYear", SuiteSeeds.END.getYear() + 1,
                    "cron", "0 0 9 1 4 *",
                    "opensAt", now.minus(Duration.ofHours(1)).toString(),
                    "closesAt", now.plus(Duration.ofDays(30)).toString(),
                    "roles", List.of("PARTICIPANT"))),
            false);
    assertThat(scheduled.statusCode()).as(Drafting.describe(scheduled)).isEqualTo(201);
    String campaign = json(scheduled).path("id").asString();
    // the completion reaches reporting's survey targets through contract's settlement
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              staff.get("/reporting/surveys/" + campaign);
              HttpResponse<String> launched =
                  staff.submitForm(
                      "/reporting/surveys/" + campaign + "/launch", Map.of("confirm", "true"));
              assertThat(launched.uri().getQuery()).as(launched.body()).startsWith("launched=");
            });
    String token =
        SuiteSeeds.mailed(
            PARTICIPANT_EMAIL, Pattern.compile("/reporting/public/surveys/([A-Za-z0-9_\\-]+)"));
    BrowserSession respondent = users.get("anonymous");
    HttpResponse<String> answered =
        respondent.request(
            "PUT",
            "/reporting/public/api/surveys/" + token,
            write(Map.of("answers", Map.of("q1", payload("answer")), "actionItems", List.of())),
            false);
    assertThat(answered.statusCode()).as(Drafting.describe(answered)).isEqualTo(200);
    pages.add(new Shown("staff-reporting", "/reporting/surveys/" + campaign, shown("survey")));
    pages.add(new Shown("anonymous", "/reporting/public/surveys/" + token, shown("survey")));
    pages.add(new Shown("staff-reporting", "/reporting/surveys/definitions", shown("question")));
    pages.add(new Shown("staff-reporting", "/reporting/surveys/" + campaign, shown("question")));
    pages.add(new Shown("anonymous", "/reporting/public/surveys/" + token, shown("question")));
    pages.add(new Shown("anonymous", "/reporting/public/surveys/" + token, shown("answer")));
    apis.add(returned("staff-reporting", "/reporting/api/surveys/definitions", "question"));
    apis.add(
        returned(
            "staff-reporting",
            "/reporting/api/surveys/campaigns/" + campaign + "/results",
            "question"));
    apis.add(returned("anonymous", "/reporting/public/api/surveys/" + token, "question"));
    apis.add(returned("anonymous", "/reporting/public/api/surveys/" + token, "answer"));
  }

  /**
   * A newcomer signs up with the payload as their name, verifies the address and registers an
   * institution named by the payload.
   */
  private static void newcomerWithMarkupInNameAndInstitution() {
    String email = "xss-" + RUN + "@univ.example";
    BrowserSession newcomer = SuiteSeeds.signUp(suite, email, PAYLOAD);
    newcomer.get("/intake/institution?lang=en");
    Map<String, String> registration = new LinkedHashMap<>();
    registration.put("nameJa", PAYLOAD);
    registration.put("nameEn", PAYLOAD);
    registration.put("type", "UNIVERSITY");
    registration.put("corporateNumber", SuiteSeeds.corporateNumber());
    registration.put("contactEmail", email);
    HttpResponse<String> registered = newcomer.submitForm("/intake/institution", registration);
    assertThat(registered.uri().getQuery())
        .as(Drafting.describe(registered))
        .isEqualTo("registered");
    users.put("newcomer", newcomer);
    pages.add(new Shown("newcomer", "/intake/institution"));
    pages.add(new Shown("newcomer", "/intake/institution/members"));
    apis.add(new Shown("newcomer", "/intake/api/institutions/mine"));
  }

  /** Alumni: a member's profile, an announcement and a gathering with the payload. */
  private static void alumniWithMarkup() {
    String field = "xss field " + RUN;
    ParticipantRecord member =
        new ParticipantRecord(
            "P-X",
            "Member " + RUN,
            "xss-member-" + RUN + "@proofs.example",
            "VN",
            "Univ X",
            "GRADUATE_STUDENT",
            "PARTICIPANT",
            "INVITATION");
    SuiteSeeds.complete("PLN-XSS-" + RUN, field, List.of(member));
    BrowserSession alumnus = users.get("alumnus");
    String memberId = SuiteSeeds.claim(alumnus, member.email(), true);
    Map<String, String> visibility = new LinkedHashMap<>();
    for (String f : List.of("NAME", "COUNTRY", "INSTITUTION", "POSITION", "FIELDS", "EXCHANGES")) {
      visibility.put(f, "PUBLIC");
    }
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("name", PAYLOAD);
    profile.put("country", "VN");
    profile.put("institution", PAYLOAD);
    profile.put("position", URL);
    profile.put("fields", List.of(PAYLOAD, field));
    profile.put("contactableByMembers", false);
    profile.put("language", "en");
    profile.put("visibility", visibility);
    profile.put("listed", true);
    profile.put("mailConsent", true);
    HttpResponse<String> saved =
        alumnus.request("PUT", "/alumni/api/me/profile", write(profile), false);
    assertThat(saved.statusCode()).as(Drafting.describe(saved)).isEqualTo(200);
    pages.add(new Shown("alumnus", "/alumni/me"));
    pages.add(new Shown("alumnus", "/alumni/me", URL));
    pages.add(new Shown("alumnus", "/alumni/directory?field=" + enc(field)));
    pages.add(new Shown("alumnus", "/alumni/directory/" + memberId));
    pages.add(new Shown("staff-alumni", "/alumni/directory/" + memberId, URL));
    pages.add(new Shown("anonymous", "/alumni/public/members/" + memberId));
    apis.add(new Shown("alumnus", "/alumni/api/me/profile"));
    apis.add(new Shown("staff-alumni", "/alumni/api/directory/" + memberId));
    apis.add(new Shown("staff-alumni", "/alumni/api/members/" + memberId));

    BrowserSession staff = users.get("staff-alumni");
    HttpResponse<String> announced =
        staff.request(
            "POST",
            "/alumni/api/announcements",
            write(
                Map.of(
                    "titleJa", PAYLOAD,
                    "titleEn", PAYLOAD,
                    "bodyJa", PAYLOAD,
                    "bodyEn", PAYLOAD,
                    "segment", Map.of("field", field))),
            false);
    assertThat(announced.statusCode() / 100).as(Drafting.describe(announced)).isEqualTo(2);
    pages.add(new Shown("staff-alumni", "/alumni/staff/announcements"));
    apis.add(new Shown("staff-alumni", "/alumni/api/announcements"));

    HttpResponse<String> gathering =
        staff.request(
            "POST",
            "/alumni/api/gatherings",
            write(
                Map.of(
                    "titleJa",
                    PAYLOAD,
                    "titleEn",
                    PAYLOAD,
                    "place",
                    PAYLOAD,
                    "startsAt",
                    LocalDateTime.now().plusDays(30).withNano(0).toString(),
                    "capacity",
                    10,
                    "language",
                    "both")),
            false);
    assertThat(gathering.statusCode()).as(Drafting.describe(gathering)).isEqualTo(201);
    String gatheringId = json(gathering).path("id").asString();
    HttpResponse<String> invited =
        staff.request(
            "POST",
            "/alumni/api/gatherings/" + gatheringId + "/invitations",
            write(Map.of("field", field)),
            false);
    assertThat(invited.statusCode()).as(Drafting.describe(invited)).isEqualTo(200);
    pages.add(new Shown("staff-alumni", "/alumni/staff/gatherings"));
    pages.add(new Shown("staff-alumni", "/alumni/staff/gatherings/" + gatheringId));
    pages.add(new Shown("staff-alumni", "/alumni/dashboard"));
    pages.add(new Shown("alumnus", "/alumni/gatherings"));
    apis.add(new Shown("staff-alumni", "/alumni/api/gatherings"));
    apis.add(new Shown("alumnus", "/alumni/api/me/gatherings"));
  }

  @Test
  void everyPageShowsTheStoredMarkupAsTextOnly() {
    List<String> wrong = new ArrayList<>();
    for (Shown shown : pages) {
      HttpResponse<String> page = users.get(shown.who()).get(withLang(shown.path()));
      String where = shown.who() + " " + shown.path();
      if (page.statusCode() != 200) {
        wrong.add(where + " → " + page.statusCode());
        continue;
      }
      if (!page.body().contains(shown.expected())) {
        wrong.add(where + " does not show " + shown.expected() + " (escaped)");
      }
      wrong.addAll(Markup.live(page.body()).stream().map(l -> where + ": live " + l).toList());
    }
    assertThat(wrong).as("pages that do not show the payloads as inert text").isEmpty();
  }

  /**
   * The reason of a call change is kept in the call's history, which no page or API shows; the edit
   * form echoes it when the change is refused (here: not confirmed), as text.
   */
  @Test
  void aRefusedCallEditEchoesItsReasonAsTextOnly() {
    BrowserSession staff = users.get("staff-intake");
    staff.get("/intake/calls/ytec-2025/edit?lang=en");
    HttpResponse<String> refused =
        staff.submitForm("/intake/calls/ytec-2025?lang=en", Map.of("reason", payload("reason")));
    assertThat(refused.uri().getPath()).isEqualTo("/intake/calls/ytec-2025");
    assertThat(refused.body()).contains("id=\"reason\"");
    assertThat(refused.body()).contains(shown("reason"));
    assertThat(Markup.live(refused.body())).isEmpty();
  }

  /** Search filters echo what the visitor typed: the same payloads, reflected, stay inert. */
  @Test
  void searchFiltersEchoTheMarkupAsTextOnly() {
    String p = enc(PAYLOAD);
    List<Shown> reflected =
        List.of(
            new Shown(
                "anonymous", "/reporting/public/reports?q=" + p + "&host=" + p + "&type=" + p),
            new Shown(
                "alumnus", "/alumni/directory?field=" + p + "&institution=" + p + "&name=" + p),
            new Shown("staff-alumni", "/alumni/directory?field=" + p + "&institution=" + p),
            new Shown("staff-intake", "/intake/staff/plans?q=" + p + "&institution=" + p),
            new Shown("staff-reporting", "/reporting/activity-reports?q=" + p),
            new Shown("staff-contract", "/contract/dashboard?q=" + p));
    List<String> wrong = new ArrayList<>();
    for (Shown shown : reflected) {
      HttpResponse<String> page = users.get(shown.who()).get(withLang(shown.path()));
      String where = shown.who() + " " + shown.path();
      if (page.statusCode() / 100 == 5) {
        wrong.add(where + " → " + page.statusCode());
      }
      wrong.addAll(Markup.live(page.body()).stream().map(l -> where + ": live " + l).toList());
    }
    assertThat(wrong).as("search pages that echo the payloads as markup").isEmpty();
  }

  @Test
  void theApisReturnTheMarkupAsJsonData() {
    List<String> wrong = new ArrayList<>();
    for (Shown shown : apis) {
      HttpResponse<String> response = users.get(shown.who()).getJson(shown.path());
      String where = shown.who() + " " + shown.path();
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (response.statusCode() != 200 || !type.startsWith("application/json")) {
        wrong.add(where + " → " + response.statusCode() + " " + type);
        continue;
      }
      String text = shown.expected().equals(SHOWN) ? PAYLOAD : shown.expected();
      if (!containsText(json(response), text)) {
        wrong.add(where + " does not return " + text + " as a JSON string");
      }
    }
    assertThat(wrong).as("APIs that do not return the payloads as JSON data").isEmpty();
  }

  @Test
  void theScannerFindsLiveMarkupWhereItIs() {
    assertThat(Markup.live("<p>" + SCRIPT + "</p>")).hasSize(1);
    assertThat(Markup.live("<input value=\"\">" + IMAGE.substring(2) + "\">")).hasSize(1);
    assertThat(Markup.live("<a href=\" JavaScript:alert(1)\">x</a>")).hasSize(1);
    assertThat(Markup.live("<a href=\"&#106;avascript:alert(1)\">x</a>")).hasSize(1);
    assertThat(Markup.live("<input value=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\">"))
        .isEmpty();
    assertThat(Markup.live("<td>" + SHOWN + "</td><a href=\"/x?q=javascript:\">x</a>")).isEmpty();
  }

  @AfterAll
  static void leaveThePublicCatalogueAsItWas() {
    if (publishedReport != null) {
      users
          .get("staff-reporting")
          .request(
              "POST",
              "/reporting/api/activity-reports/" + publishedReport + "/unpublish",
              null,
              false);
    }
  }

  /**
   * A strict scanner of raw markup: tags with their attributes (quoted values kept whole), the text
   * of {@code <script>} elements. Live: a script element or an event-handler attribute that carries
   * {@code alert(1)}, or a URL attribute whose value (entities decoded) is a {@code javascript:}
   * URL.
   */
  static final class Markup {
    private static final Pattern TAG =
        Pattern.compile("<([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");
    private static final Pattern ATTRIBUTE =
        Pattern.compile("([^\\s=/>\"']+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>\"']+))?");
    private static final List<String> URL_ATTRIBUTES =
        List.of("href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcdoc");

    private Markup() {}

    static List<String> live(String html) {
      List<String> found = new ArrayList<>();
      Matcher tag = TAG.matcher(html);
      while (tag.find()) {
        String name = tag.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("script")) {
          int end = html.toLowerCase(Locale.ROOT).indexOf("</script", tag.end());
          String body = html.substring(tag.end(), end < 0 ? html.length() : end);
          if (body.contains("alert(1)")) {
            found.add("<script> element: " + excerpt(body));
          }
        }
        Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
        while (attribute.find()) {
          String attr = attribute.group(1).toLowerCase(Locale.ROOT);
          String value = attribute.group(2) == null ? "" : unquote(attribute.group(2));
          String decoded = decode(value);
          if (attr.startsWith("on") && decoded.contains("alert(1)")) {
            found.add("<" + name + " " + attr + "=" + excerpt(value) + ">");
          }
          if (URL_ATTRIBUTES.contains(attr)
              && decoded
                  .strip()
                  .toLowerCase(Locale.ROOT)
                  .replaceAll("[\\s\\x00-\\x1f]", "")
                  .startsWith("javascript:")) {
            found.add("<" + name + " " + attr + "=" + excerpt(value) + ">");
          }
        }
      }
      return found;
    }

    private static String unquote(String value) {
      return (value.startsWith("\"") || value.startsWith("'"))
          ? value.substring(1, value.length() - 1)
          : value;
    }

    /** Character references decoded (numeric, and the few named ones that matter here). */
    static String decode(String value) {
      Matcher m = Pattern.compile("&#(x?)([0-9a-fA-F]+);?").matcher(value);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        int code = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
        m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) code)));
      }
      m.appendTail(out);
      return out.toString()
          .replace("&colon;", ":")
          .replace("&lt;", "<")
          .replace("&gt;", ">")
          .replace("&quot;", "\"")
          .replace("&amp;", "&");
    }

    private static String excerpt(String s) {
      return s.substring(0, Math.min(s.length(), 120));
    }
  }

  private static boolean containsText(JsonNode node, String text) {
    if (node.isString()) {
      return node.asString().contains(text);
    }
    for (JsonNode child : node) {
      if (containsText(child, text)) {
        return true;
      }
    }
    return false;
  }

  private static void signWithWorkPlanOf(
      BrowserSession host, BrowserSession staff, String planId, String participant) {
    HttpResponse<String> workPlan =
        host.request(
            "PUT",
            "/contract/api/my/cases/" + planId + "/work-plan",
            SuiteSeeds.workPlanBody(participant),
            false);
    assertThat(workPlan.statusCode()).as(Drafting.describe(workPlan)).isEqualTo(200);
    HttpResponse<String> approved =
        staff.request(
            "POST",
            "/contract/api/cases/" + planId + "/work-plan/decision",
            write(Map.of("approve", true, "comment", PAYLOAD, "confirm", true)),
            false);
    assertThat(approved.statusCode()).as(Drafting.describe(approved)).isEqualTo(200);
    String agreementId = json(approved).path("agreements").path(0).path("agreementId").asString();
    HttpResponse<String> pdf =
        host.getJson("/contract/api/my/cases/" + planId + "/agreements/" + agreementId + "/pdf");
    String sha = pdf.headers().firstValue("X-Content-SHA256").orElseThrow();
    String signature = "{\"sha256\":\"" + sha + "\",\"confirm\":true}";
    assertThat(
            host.request(
                    "POST",
                    "/contract/api/my/cases/"
                        + planId
                        + "/agreements/"
                        + agreementId
                        + "/signature",
                    signature,
                    false)
                .statusCode())
        .isEqualTo(200);
    assertThat(
            staff
                .request(
                    "POST",
                    "/contract/api/cases/"
                        + planId
                        + "/agreements/"
                        + agreementId
                        + "/agency-signature",
                    signature,
                    false)
                .statusCode())
        .isEqualTo(200);
  }

  /** A CSV field, quoted. */
  private static String csv(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  private static String withLang(String path) {
    return path + (path.contains("?") ? "&" : "?") + "lang=en";
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
