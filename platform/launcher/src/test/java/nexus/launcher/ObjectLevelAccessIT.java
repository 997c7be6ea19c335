package nexus.launcher;

import static nexus.launcher.SuiteSeeds.json;
import static nexus.launcher.SuiteSeeds.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nexus.events.ParticipantRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Object-level access (BOLA/IDOR) across the suite, through the gateway: every endpoint that takes
 * the id of an object, tried by a user of the same role who is not its owner — the PI of another
 * institution, a reviewer not assigned to the plan, another alumni member, a visitor — with the
 * real id. Each attempt must be refused (404: the object does not exist for them) and must not show
 * the object's data; the owner (or, where the object is nobody's but staff's to see, staff) gets
 * 200 on the same URL, so every row can fail. State-changing attempts come first; afterwards no
 * owner's view shows the intruder's words.
 *
 * <p>The objects are real: two newcomers sign up and register and verify an institution each, whose
 * invitations and members the other's staff try; two institutions' PIs draft and submit plans in
 * intake; review staff screen them and pin one reviewer to each, and ask each institution for a
 * document on a plan of its second PI; review's award arrives as its event; contract issues the
 * agreements, which the hosts sign; reporting then holds the plans, an activity report with a photo
 * and an incident of each; alumni invite the participants of a completed exchange (the completion
 * as reporting's event), two members claim their profiles, and staff invite only one of them to a
 * gathering.
 *
 * <p>The table ({@link #PROBES}) is the whole proof: add a row for a new endpoint.
 */
class ObjectLevelAccessIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String INTRUSION = "INTRUDER-WAS-HERE-" + RUN;

  /** What the owner gets on the same URL. */
  enum Owner {
    /** 200, and the body shows the object's marker (its title or name). */
    SEES,
    /** 200 (a file: no marker to look for). */
    GETS,
    /** The same state-changing request succeeds (2xx) for the owner, after the intruder's. */
    DOES,
    /** Not tried by the owner (a state change the owner is not meant to make here). */
    NOT_TRIED
  }

  /**
   * One endpoint tried with another's object. {@code kind} names who owns the object and who
   * intrudes ({@link #sides}); the path's {@code {placeholders}} are the owner's ids ({@code
   * {own-plan}}: the intruder's own plan, to pair it with another's sub-object); {@code body}:
   * {@code null}, JSON, or {@code form:} for a page's URL-encoded form, {@code file:} for an
   * upload.
   */
  record Probe(String kind, String method, String path, String body, Owner owner, int refused) {

    /** Refused as not found. */
    Probe(String kind, String method, String path, String body, Owner owner) {
      this(kind, method, path, body, owner, 404);
    }

    boolean safe() {
      return method.equals("GET");
    }

    @Override
    public String toString() {
      return kind + " " + method + " " + path;
    }
  }

  static final String DRAFT_EDIT =
      "{\"title\":\"" + INTRUSION + "\",\"field\":\"" + INTRUSION + "\",\"content\":null}";
  static final String SHEET = "{\"scores\":{},\"comments\":{\"overall\":\"" + INTRUSION + "\"}}";
  static final String OUTCOME =
      "{\"summary\":\""
          + INTRUSION
          + "\",\"outcomes\":\""
          + INTRUSION
          + "\",\"partnerContribution\":null,\"followUp\":\""
          + INTRUSION
          + "\"}";
  static final String ACTIVITY =
      "{\"titleEn\":\""
          + INTRUSION
          + "\",\"titleJa\":\""
          + INTRUSION
          + "\",\"bodyEn\":\""
          + INTRUSION
          + "\",\"bodyJa\":\""
          + INTRUSION
          + "\",\"institutionType\":\"UNIVERSITY\",\"people\":[]}";
  static final String ACCOUNTING =
      "{\"items\":[{\"category\":\"III\",\"description\":\""
          + INTRUSION
          + "\",\"amountJpy\":1000}],\"indirectJpy\":0}";
  static final String PARTICIPANTS =
      "{\"participants\":[{\"name\":\""
          + INTRUSION
          + "\",\"email\":\"intruder@proofs.example\",\"country\":\"TH\",\"affiliation\":\"X\","
          + "\"category\":\"GRADUATE_STUDENT\",\"role\":\"PARTICIPANT\",\"visits\":[]}]}";
  static final String ACTION_PLAN =
      "[{\"group\":\""
          + INTRUSION
          + "\",\"number\":1,\"text\":\""
          + INTRUSION
          + "\",\"owner\":\"x\",\"dueDate\":null}]";

  /** The table: id kinds × endpoint templates. */
  static final List<Probe> PROBES =
      List.of(
          // intake: a submitted plan of another institution
          new Probe("plan", "POST", "/intake/api/drafts/{plan}/withdraw", "{}", Owner.NOT_TRIED),
          new Probe("plan", "POST", "/intake/plans/{plan}/withdraw", "form:", Owner.NOT_TRIED),
          // intake: review's request for documents on another institution's plan
          new Probe(
              "request",
              "POST",
              "/intake/api/plans/{plan}/document-requests/{request}/send",
              "{}",
              Owner.NOT_TRIED),
          new Probe(
              "request",
              "POST",
              "/intake/plans/{plan}/requests/{request}/send",
              "form:confirm=true",
              Owner.NOT_TRIED),
          new Probe(
              "request",
              "POST",
              "/intake/api/plans/{plan}/document-requests/{request}/documents",
              "file:" + INTRUSION,
              Owner.DOES),
          new Probe(
              "request",
              "POST",
              "/intake/plans/{plan}/requests/{request}/documents",
              "file:" + INTRUSION,
              Owner.DOES),
          new Probe("plan", "GET", "/intake/api/plans/{plan}", null, Owner.SEES),
          new Probe("plan", "GET", "/intake/api/plans/{plan}/timeline", null, Owner.GETS),
          new Probe("plan", "GET", "/intake/api/plans/{plan}/document-requests", null, Owner.GETS),
          new Probe("plan", "GET", "/intake/plans/{plan}", null, Owner.SEES),
          new Probe("plan", "GET", "/intake/api/drafts/{plan}", null, Owner.SEES),
          new Probe("plan", "GET", "/intake/api/drafts/{plan}/documents/PLAN", null, Owner.GETS),
          // intake: another institution's invitations and members (its staff manage them)
          new Probe(
              "membership",
              "DELETE",
              "/intake/api/institutions/mine/invitations/{invitation}",
              null,
              Owner.NOT_TRIED),
          new Probe(
              "membership",
              "POST",
              "/intake/api/institutions/mine/invitations/{invitation}/resend",
              null,
              Owner.NOT_TRIED),
          new Probe(
              "membership",
              "POST",
              "/intake/institution/invitations/{invitation}/resend",
              "form:",
              Owner.NOT_TRIED),
          new Probe(
              "membership",
              "POST",
              "/intake/institution/invitations/{invitation}/revoke",
              "form:",
              Owner.NOT_TRIED),
          new Probe(
              "membership",
              "DELETE",
              "/intake/api/institutions/mine/members/{member}",
              null,
              Owner.NOT_TRIED),
          new Probe(
              "membership",
              "POST",
              "/intake/institution/members/{member}/remove",
              "form:",
              Owner.NOT_TRIED),
          new Probe(
              "membership",
              "GET",
              "/intake/institution/invitations/{invitation}/revoke",
              null,
              Owner.SEES),
          new Probe(
              "membership", "GET", "/intake/institution/members/{member}/remove", null, Owner.GETS),
          // (the lists: 200 for anyone of an institution, without the other's invitation)
          new Probe(
              "membership",
              "GET",
              "/intake/api/institutions/mine/invitations",
              null,
              Owner.SEES,
              200),
          // intake: a draft of another institution
          new Probe("draft", "PUT", "/intake/api/drafts/{draft}", DRAFT_EDIT, Owner.NOT_TRIED),
          new Probe(
              "draft",
              "POST",
              "/intake/plans/{draft}/edit/basics",
              "form:title=" + INTRUSION,
              Owner.NOT_TRIED),
          new Probe(
              "draft",
              "POST",
              "/intake/api/drafts/{draft}/documents/PLAN",
              "file:" + INTRUSION,
              Owner.NOT_TRIED),
          new Probe(
              "draft",
              "POST",
              "/intake/plans/{draft}/documents?kind=PLAN",
              "file:" + INTRUSION,
              Owner.NOT_TRIED),
          new Probe(
              "draft",
              "POST",
              "/intake/plans/{draft}/edit/basics/check",
              "form:title=" + INTRUSION,
              Owner.DOES),
          new Probe("draft", "POST", "/intake/api/drafts/{draft}/submit", "{}", Owner.NOT_TRIED),
          new Probe("draft", "POST", "/intake/plans/{draft}/submit", "form:", Owner.NOT_TRIED),
          new Probe("draft", "GET", "/intake/api/drafts/{draft}", null, Owner.SEES),
          new Probe("draft", "GET", "/intake/api/drafts/{draft}/documents/PLAN", null, Owner.GETS),
          new Probe("draft", "GET", "/intake/plans/{draft}/edit", null, Owner.SEES),
          new Probe("draft", "GET", "/intake/plans/{draft}/edit/basics", null, Owner.SEES),
          new Probe("draft", "GET", "/intake/plans/{draft}/edit/review", null, Owner.SEES),
          // review: the reviewer portal, by a reviewer not assigned to the plan
          new Probe("assigned", "PUT", "/review/api/my/plans/{plan}/score", SHEET, Owner.DOES),
          new Probe(
              "assigned",
              "POST",
              "/review/api/my/plans/{plan}/score/submit",
              SHEET,
              Owner.NOT_TRIED),
          new Probe(
              "assigned",
              "POST",
              "/review/portal/plans/{plan}/score",
              "form:comments[overall]=" + INTRUSION,
              Owner.NOT_TRIED),
          new Probe(
              "assigned",
              "POST",
              "/review/api/my/plans/{plan}/conflict",
              "{\"reason\":\"" + INTRUSION + "\"}",
              Owner.NOT_TRIED),
          new Probe(
              "assigned",
              "POST",
              "/review/portal/plans/{plan}/conflict",
              "form:reason=" + INTRUSION,
              Owner.NOT_TRIED),
          new Probe("assigned", "GET", "/review/api/my/plans/{plan}", null, Owner.SEES),
          new Probe("assigned", "GET", "/review/api/my/plans/{plan}/score", null, Owner.GETS),
          new Probe("assigned", "GET", "/review/portal/plans/{plan}", null, Owner.SEES),
          new Probe(
              "assigned", "GET", "/intake/api/reviewer/plans/{plan}/documents", null, Owner.GETS),
          new Probe(
              "assigned",
              "GET",
              "/intake/api/reviewer/plans/{plan}/documents/PLAN",
              null,
              Owner.GETS),
          // contract: another institution's case, agreement and work plan
          new Probe(
              "case",
              "PUT",
              "/contract/api/my/cases/{plan}/work-plan",
              SuiteSeeds.workPlanBody(INTRUSION),
              Owner.NOT_TRIED),
          new Probe(
              "case",
              "POST",
              "/contract/my/cases/{plan}/work-plan",
              "form:suppliesJpy=0&honorariaJpy=0&travelJpy=1&otherJpy=0&indirectJpy=0"
                  + "&start=2026-02-01&end=2026-11-30&participants="
                  + INTRUSION,
              Owner.NOT_TRIED),
          new Probe(
              "case",
              "POST",
              "/contract/api/my/cases/{plan}/amendments",
              amendment(),
              Owner.NOT_TRIED),
          new Probe(
              "case",
              "POST",
              "/contract/api/my/cases/{plan}/messages?text=" + INTRUSION,
              null,
              Owner.NOT_TRIED),
          new Probe(
              "case",
              "POST",
              "/contract/my/cases/{plan}/messages",
              "form:text=" + INTRUSION,
              Owner.NOT_TRIED),
          new Probe(
              "case",
              "POST",
              "/contract/api/my/cases/{plan}/agreements/{agreement}/signature",
              "{\"sha256\":\"00\",\"confirm\":true}",
              Owner.NOT_TRIED),
          new Probe(
              "case",
              "POST",
              "/contract/my/cases/{plan}/agreements/{agreement}/sign",
              "form:confirm=true",
              Owner.NOT_TRIED),
          new Probe(
              "case",
              "POST",
              "/contract/api/my/cases/{own-plan}/agreements/{agreement}/signature",
              "{\"sha256\":\"00\",\"confirm\":true}",
              Owner.NOT_TRIED),
          new Probe("case", "GET", "/contract/api/my/cases/{plan}", null, Owner.SEES),
          new Probe("case", "GET", "/contract/my/cases/{plan}", null, Owner.SEES),
          new Probe(
              "case",
              "GET",
              "/contract/api/my/cases/{plan}/agreements/{agreement}/pdf",
              null,
              Owner.GETS),
          new Probe(
              "case",
              "GET",
              "/contract/api/my/cases/{own-plan}/agreements/{agreement}/pdf",
              null,
              Owner.NOT_TRIED),
          new Probe(
              "case",
              "GET",
              "/contract/api/my/cases/{plan}/attachments/{attachment}",
              null,
              Owner.GETS),
          new Probe(
              "case",
              "GET",
              "/contract/api/my/cases/{plan}/settlement/notice",
              null,
              Owner.NOT_TRIED),
          // contract: a plan two institutions fund — each its own agreement, the host the work plan
          new Probe(
              "co-funded",
              "GET",
              "/contract/api/my/cases/{plan}/agreements/{agreement}/pdf",
              null,
              Owner.GETS),
          new Probe(
              "co-funded",
              "POST",
              "/contract/api/my/cases/{plan}/agreements/{agreement}/signature",
              "{\"sha256\":\"00\",\"confirm\":true}",
              Owner.NOT_TRIED),
          new Probe(
              "co-funded",
              "POST",
              "/contract/my/cases/{plan}/agreements/{agreement}/sign",
              "form:confirm=true",
              Owner.NOT_TRIED),
          // (the case itself is both institutions': 200, without the other's agreement)
          new Probe(
              "co-funded-view", "GET", "/contract/api/my/cases/{plan}", null, Owner.SEES, 200),
          new Probe("co-funded-view", "GET", "/contract/my/cases/{plan}", null, Owner.SEES, 200),
          new Probe(
              "co-funded-host",
              "PUT",
              "/contract/api/my/cases/{plan}/work-plan",
              SuiteSeeds.workPlanBody(INTRUSION),
              Owner.NOT_TRIED),
          new Probe(
              "co-funded-host",
              "POST",
              "/contract/api/my/cases/{plan}/messages?text=" + INTRUSION,
              null,
              Owner.NOT_TRIED),
          new Probe(
              "co-funded-host",
              "GET",
              "/contract/api/my/cases/{plan}/attachments/{attachment}",
              null,
              Owner.GETS),
          // reporting: another institution's obligations, reports and incidents
          new Probe(
              "reports",
              "POST",
              "/reporting/api/plans/{plan}/incidents",
              SuiteSeeds.incidentBody(INTRUSION),
              Owner.NOT_TRIED),
          new Probe(
              "reports",
              "POST",
              "/reporting/plans/{plan}/incidents",
              "form:severity=MINOR&place=" + INTRUSION + "&what=" + INTRUSION,
              Owner.NOT_TRIED),
          new Probe(
              "reports",
              "PUT",
              "/reporting/api/plans/{plan}/activity-report",
              ACTIVITY,
              Owner.NOT_TRIED),
          new Probe(
              "reports",
              "PUT",
              "/reporting/api/plans/{plan}/outcome-report",
              OUTCOME,
              Owner.NOT_TRIED),
          new Probe(
              "reports",
              "POST",
              "/reporting/plans/{plan}/outcome-report",
              "form:summary=" + INTRUSION,
              Owner.NOT_TRIED),
          new Probe(
              "reports",
              "PUT",
              "/reporting/api/plans/{plan}/accounting-report",
              ACCOUNTING,
              Owner.NOT_TRIED),
          new Probe(
              "reports",
              "PUT",
              "/reporting/api/plans/{plan}/participant-list",
              PARTICIPANTS,
              Owner.NOT_TRIED),
          new Probe(
              "reports",
              "PUT",
              "/reporting/api/plans/{plan}/action-plan",
              ACTION_PLAN,
              Owner.NOT_TRIED),
          new Probe(
              "reports",
              "POST",
              "/reporting/api/activity-reports/{report}/photos",
              "file:" + INTRUSION,
              Owner.NOT_TRIED),
          // reporting: the host's report forms and press coverage of another institution's plan
          new Probe(
              "reports",
              "POST",
              "/reporting/plans/{plan}/participant-list",
              "form:action=save&people[0].name=" + INTRUSION,
              Owner.NOT_TRIED),
          new Probe(
              "reports",
              "POST",
              "/reporting/plans/{plan}/accounting-report",
              "form:action=save&categories[0].lines[0].description=" + INTRUSION,
              Owner.NOT_TRIED),
          new Probe(
              "reports",
              "POST",
              "/reporting/plans/{plan}/activity-report",
              "form:titleJa=" + INTRUSION + "&titleEn=" + INTRUSION,
              Owner.NOT_TRIED),
          new Probe(
              "reports",
              "POST",
              "/reporting/plans/{plan}/activity-report/photos",
              "file:" + INTRUSION,
              Owner.NOT_TRIED),
          new Probe(
              "reports",
              "POST",
              "/reporting/plans/{plan}/action-plan",
              "form:action=save&items[0].text=" + INTRUSION,
              Owner.NOT_TRIED),
          new Probe(
              "reports",
              "POST",
              "/reporting/plans/{plan}/press",
              "form:medium=WEB&publishedOn=2026-01-05&outlet=" + INTRUSION + "&title=" + INTRUSION,
              Owner.NOT_TRIED),
          new Probe(
              "reports",
              "POST",
              "/reporting/api/plans/{plan}/press-coverage",
              "{\"medium\":\"WEB\",\"outlet\":\""
                  + INTRUSION
                  + "\",\"title\":\""
                  + INTRUSION
                  + "\",\"publishedOn\":\"2026-01-05\"}",
              Owner.NOT_TRIED),
          // reporting: a photo of another institution's activity report (also from one's own)
          new Probe(
              "reports",
              "POST",
              "/reporting/plans/{plan}/activity-report/photos/{photo}/remove",
              "form:confirm=true",
              Owner.NOT_TRIED),
          new Probe(
              "reports",
              "DELETE",
              "/reporting/api/activity-reports/{report}/photos/{photo}",
              null,
              Owner.NOT_TRIED),
          new Probe(
              "reports",
              "DELETE",
              "/reporting/api/activity-reports/{own-report}/photos/{photo}",
              null,
              Owner.NOT_TRIED),
          new Probe(
              "reports",
              "GET",
              "/reporting/plans/{plan}/activity-report/photos/{photo}",
              null,
              Owner.GETS),
          new Probe(
              "reports",
              "GET",
              "/reporting/plans/{own-plan}/activity-report/photos/{photo}",
              null,
              Owner.NOT_TRIED),
          new Probe("reports", "GET", "/reporting/plans/{plan}/participant-list", null, Owner.GETS),
          new Probe(
              "reports", "GET", "/reporting/plans/{plan}/accounting-report", null, Owner.GETS),
          new Probe("reports", "GET", "/reporting/plans/{plan}/activity-report", null, Owner.GETS),
          new Probe("reports", "GET", "/reporting/plans/{plan}/action-plan", null, Owner.GETS),
          new Probe("reports", "GET", "/reporting/plans/{plan}/press", null, Owner.GETS),
          new Probe(
              "reports", "GET", "/reporting/api/plans/{plan}/press-coverage", null, Owner.GETS),
          new Probe("reports", "GET", "/reporting/api/plans/{plan}", null, Owner.SEES),
          new Probe("reports", "GET", "/reporting/api/plans/{plan}/reports", null, Owner.GETS),
          new Probe(
              "reports", "GET", "/reporting/api/plans/{plan}/activity-report", null, Owner.SEES),
          new Probe("reports", "GET", "/reporting/api/plans/{plan}/incidents", null, Owner.SEES),
          new Probe("reports", "GET", "/reporting/plans/{plan}", null, Owner.SEES),
          // reporting: an unpublished activity report is nobody's public page
          new Probe(
              "unpublished", "GET", "/reporting/public/reports/{report}", null, Owner.NOT_TRIED),
          new Probe(
              "unpublished",
              "GET",
              "/reporting/public/reports/{report}/photos/{photo}",
              null,
              Owner.NOT_TRIED),
          // (a list: 200 for anyone, without the unpublished report)
          new Probe(
              "unpublished", "GET", "/reporting/public/api/reports", null, Owner.NOT_TRIED, 200),
          new Probe("unpublished", "GET", "/reporting/public/reports", null, Owner.NOT_TRIED, 200),
          // alumni: a member who is not listed, looked up by another member (staff see it)
          new Probe("member", "GET", "/alumni/api/directory/{member}", null, Owner.SEES),
          new Probe("member", "GET", "/alumni/directory/{member}", null, Owner.SEES),
          new Probe(
              "public-member", "GET", "/alumni/public/members/{member}", null, Owner.NOT_TRIED),
          // alumni: the claim link of a profile another member already claimed (gone)
          new Probe("claim", "GET", "/alumni/public/claim/{claim}", null, Owner.NOT_TRIED, 410),
          new Probe(
              "claim",
              "POST",
              "/alumni/public/claim/{claim}",
              "form:listed=true",
              Owner.NOT_TRIED,
              410),
          new Probe("claim", "GET", "/alumni/claim/{claim}", null, Owner.NOT_TRIED, 410),
          // reporting: a survey link that was never issued (links are the respondent's secret)
          new Probe("survey", "GET", "/reporting/public/surveys/{survey}", null, Owner.NOT_TRIED),
          new Probe(
              "survey", "GET", "/reporting/public/api/surveys/{survey}", null, Owner.NOT_TRIED),
          new Probe(
              "survey",
              "PUT",
              "/reporting/public/api/surveys/{survey}",
              "{\"answers\":{},\"actionItems\":[]}",
              Owner.NOT_TRIED),
          new Probe(
              "survey", "POST", "/reporting/public/surveys/{survey}", "form:", Owner.NOT_TRIED),
          // alumni: a gathering another member was invited to, and this one was not
          new Probe(
              "gathering", "POST", "/alumni/api/me/gatherings/{gathering}/reply", null, Owner.DOES),
          new Probe(
              "gathering", "POST", "/alumni/gatherings/{gathering}/reply", "form:", Owner.DOES),
          new Probe(
              "gathering",
              "DELETE",
              "/alumni/api/me/gatherings/{gathering}/reply",
              null,
              Owner.DOES));

  /**
   * Who owns the object and who tries it, with the owner's ids and the object's marker. An intruder
   * of another role ({@code otherRole}) may also be refused with 403 where the authorization matrix
   * denies their role the endpoint altogether.
   */
  record Side(
      String owner, String intruder, Map<String, String> ids, String marker, boolean otherRole) {
    Side(String owner, String intruder, Map<String, String> ids, String marker) {
      this(owner, intruder, ids, marker, false);
    }
  }

  static Suite suite;
  static final Map<String, BrowserSession> users = new LinkedHashMap<>();
  static final Map<String, List<Side>> sides = new LinkedHashMap<>();
  static final Map<String, Map<String, String>> institutionIds = new LinkedHashMap<>();

  @BeforeAll
  static void twoOfEverything() {
    suite = RunningSuite.get();
    users.put("A", signIn(suite, RunningSuite.OBJECT_PI_A));
    users.put("B", signIn(suite, RunningSuite.OBJECT_PI_B));
    users.put("RA", signIn(suite, RunningSuite.OBJECT_REVIEWER_A));
    users.put("RB", signIn(suite, RunningSuite.OBJECT_REVIEWER_B));
    users.put("MA", signIn(suite, RunningSuite.OBJECT_ALUMNUS_A));
    users.put("MB", signIn(suite, RunningSuite.OBJECT_ALUMNUS_B));
    users.put("staff-alumni", signIn(suite, "staff-alumni"));
    users.put("partner", signIn(suite, "partner"));
    BrowserSession anonymous = new BrowserSession(suite.gatewayUrl());
    anonymous.get("/?lang=en");
    users.put("anonymous", anonymous);
    BrowserSession reviewStaff = signIn(suite, "staff-review");
    BrowserSession contractStaff = signIn(suite, "staff-contract");

    Map<String, Map<String, String>> ids = new LinkedHashMap<>();
    Map<String, String> titles = Map.of("A", "Secret plan A " + RUN, "B", "Secret plan B " + RUN);
    Map<String, String> institutions = Map.of("A", "INST-0011", "B", "INST-0012");
    Map<String, String> names = Map.of("A", "Object Access Univ A", "B", "Object Access Univ B");
    for (String party : List.of("A", "B")) {
      BrowserSession pi = users.get(party);
      Map<String, String> own = new LinkedHashMap<>();
      own.put("plan", Drafting.submitPlan(suite, pi, "YOUNG_TALENT", titles.get(party), "TH"));
      own.put("draft", Drafting.draftPlan(suite, pi, "MENTOR", titles.get(party), "TH"));
      ids.put(party, own);
    }
    for (String party : List.of("A", "B")) {
      String plan = ids.get(party).get("plan");
      SuiteSeeds.screenEligible(reviewStaff, plan);
      SuiteSeeds.assignReviewer(
          reviewStaff,
          plan,
          party.equals("A") ? RunningSuite.OBJECT_REVIEWER_A : RunningSuite.OBJECT_REVIEWER_B);
      SuiteSeeds.award(plan, titles.get(party), institutions.get(party), names.get(party));
    }
    for (String party : List.of("A", "B")) {
      BrowserSession pi = users.get(party);
      Map<String, String> own = ids.get(party);
      String plan = own.get("plan");
      own.put("agreement", SuiteSeeds.signAgreement(pi, contractStaff, plan));
      own.put("attachment", attachment(pi, plan));
      SuiteSeeds.awaitReporting(pi, plan);
      own.put(
          "report",
          SuiteSeeds.writeActivityReport(
              pi, plan, titles.get(party), "Report of " + titles.get(party), "Dr. " + party));
      own.put("photo", SuiteSeeds.addPhoto(pi, own.get("report")));
      HttpResponse<String> incident =
          pi.request(
              "POST",
              "/reporting/api/plans/" + plan + "/incidents",
              SuiteSeeds.incidentBody(titles.get(party)),
              false);
      assertThat(incident.statusCode()).as(Drafting.describe(incident)).isEqualTo(201);
    }
    coFunded(contractStaff);
    documentsRequested(reviewStaff, titles);
    for (String party : List.of("A", "B")) {
      String other = party.equals("A") ? "B" : "A";
      Map<String, String> theirs = new LinkedHashMap<>(ids.get(party));
      theirs.put("own-plan", ids.get(other).get("plan"));
      theirs.put("own-report", ids.get(other).get("report"));
      for (String kind : List.of("plan", "draft", "case", "reports")) {
        sides
            .computeIfAbsent(kind, k -> new ArrayList<>())
            .add(new Side(party, other, theirs, titles.get(party)));
      }
      for (String kind : List.of("case", "reports")) {
        // the partner institution of another plan (a role of its own on these endpoints)
        sides
            .computeIfAbsent(kind, k -> new ArrayList<>())
            .add(new Side(party, "partner", theirs, titles.get(party), true));
      }
      sides
          .computeIfAbsent("assigned", k -> new ArrayList<>())
          .add(new Side("R" + party, "R" + other, theirs, titles.get(party)));
      sides
          .computeIfAbsent("unpublished", k -> new ArrayList<>())
          .add(new Side(party, "anonymous", theirs, titles.get(party)));
    }

    // intake: two newcomers register and verify an institution each, and invite someone
    for (String party : List.of("A", "B")) {
      String email = "registrant-" + party.toLowerCase() + "-" + RUN + "@proofs.example";
      BrowserSession registrant = SuiteSeeds.signUp(suite, email, "Registrant " + party);
      SuiteSeeds.registerActiveInstitution(registrant, "Institution " + party + " " + RUN, email);
      String invitee = "invitee-" + party.toLowerCase() + "-" + RUN + "@proofs.example";
      HttpResponse<String> invited =
          registrant.request(
              "POST",
              "/intake/api/institutions/mine/invitations",
              SuiteSeeds.write(Map.of("email", invitee, "role", "PI")),
              false);
      assertThat(invited.statusCode()).as(Drafting.describe(invited)).isEqualTo(201);
      HttpResponse<String> members = registrant.getJson("/intake/api/institutions/mine/members");
      assertThat(members.statusCode()).as(Drafting.describe(members)).isEqualTo(200);
      users.put("I" + party, registrant);
      institutionIds.put(
          party,
          Map.of(
              "invitation",
              json(invited).path("id").asString(),
              "member",
              json(members).path("content").path(0).path("id").asString(),
              "invitee",
              invitee));
    }
    for (String party : List.of("A", "B")) {
      String other = party.equals("A") ? "B" : "A";
      sides
          .computeIfAbsent("membership", k -> new ArrayList<>())
          .add(
              new Side(
                  "I" + party,
                  "I" + other,
                  institutionIds.get(party),
                  institutionIds.get(party).get("invitee")));
    }

    // alumni: two members of one completed exchange; A is not listed, only A is invited
    String field = "object access " + RUN;
    ParticipantRecord a =
        new ParticipantRecord(
            "P-A",
            "Member A " + RUN,
            "member-a-" + RUN + "@proofs.example",
            "JP",
            "Univ A",
            "RESEARCHER",
            "PARTICIPANT",
            "DISPATCH");
    ParticipantRecord b =
        new ParticipantRecord(
            "P-B",
            "Member B " + RUN,
            "member-b-" + RUN + "@proofs.example",
            "VN",
            "Univ B",
            "GRADUATE_STUDENT",
            "PARTICIPANT",
            "INVITATION");
    SuiteSeeds.complete("PLN-OBJ-A-" + RUN, field + " a", List.of(a));
    SuiteSeeds.complete("PLN-OBJ-B-" + RUN, field + " b", List.of(b));
    String memberA = SuiteSeeds.claim(users.get("MA"), a.email(), false);
    SuiteSeeds.claim(users.get("MB"), b.email(), true);
    BrowserSession staff = users.get("staff-alumni");
    HttpResponse<String> gathering =
        staff.request(
            "POST",
            "/alumni/api/gatherings",
            SuiteSeeds.write(
                Map.of(
                    "titleJa",
                    "Gathering " + RUN,
                    "titleEn",
                    "Gathering " + RUN,
                    "place",
                    "Tokyo",
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
            SuiteSeeds.write(Map.of("field", field + " a")),
            false);
    assertThat(invited.statusCode()).as(Drafting.describe(invited)).isEqualTo(200);
    assertThat(json(invited).path("invited").asInt()).as(invited.body()).isEqualTo(1);
    Map<String, String> alumni =
        Map.of(
            "member",
            memberA,
            "gathering",
            gatheringId,
            "claim",
            SuiteSeeds.claimToken(a.email()),
            "survey",
            "never-issued-" + UUID.randomUUID() + RUN);
    sides.put("member", List.of(new Side("staff-alumni", "MB", alumni, a.name())));
    sides.put("public-member", List.of(new Side("staff-alumni", "anonymous", alumni, a.name())));
    sides.put("gathering", List.of(new Side("MA", "MB", alumni, "Gathering " + RUN)));
    sides.put("claim", List.of(new Side("MA", "MB", alumni, a.name())));
    sides.put("survey", List.of(new Side("nobody", "anonymous", alumni, a.name())));
  }

  @Test
  void everyObjectOfAnotherIsRefusedWithItsRealIdAndItsOwnerStillGetsIt() {
    List<String> wrong = new ArrayList<>();
    // state changes first, so that the owner's views below show whether any got through
    for (Probe probe : PROBES) {
      if (!probe.safe()) {
        for (Side side : sides.get(probe.kind())) {
          check(probe, side, wrong);
        }
      }
    }
    for (Probe probe : PROBES) {
      if (probe.safe()) {
        for (Side side : sides.get(probe.kind())) {
          check(probe, side, wrong);
        }
      }
    }
    assertThat(wrong).as("object-level checks that do not hold").isEmpty();
  }

  @Test
  void theTableCoversEveryObjectEndpointOfApplicantsReviewersAndMembers() {
    List<String> probed = new ArrayList<>();
    for (Probe p : PROBES) {
      probed.add(p.method() + " " + p.path().replaceAll("\\?.*", "").replaceAll("\\{[^}]+}", "ID"));
    }
    List<String> missing = new ArrayList<>();
    List<Pattern> mapped = new ArrayList<>();
    for (String endpoint : AuthzMatrix.mapped(suite).keySet()) {
      Pattern template =
          Pattern.compile(
              Pattern.quote(endpoint)
                  .replaceAll("\\{[^}]+}", Matcher.quoteReplacement("\\E[^/]+\\Q")));
      mapped.add(template);
      if (endpoint.contains("{")
          && ownedByApplicantsReviewersOrMembers(endpoint)
          && probed.stream().noneMatch(p -> template.matcher(p).matches())) {
        missing.add(endpoint);
      }
    }
    assertThat(missing)
        .as("object endpoints of applicants, reviewers and members without a probe")
        .isEmpty();
    // and no probe is refused only because its path is mistyped
    assertThat(probed)
        .as("probes of endpoints the services map")
        .allMatch(p -> mapped.stream().anyMatch(t -> t.matcher(p).matches()));
  }

  /**
   * The endpoints users outside the program's staff reach with an id (the authorization matrix says
   * which): intake's applicant, reviewer and institution-staff endpoints (invitations, members),
   * review's portal, contract's and reporting's applicant endpoints, alumni's member endpoints, and
   * the links by token (claim, survey), with every sub-object (document requests, the wizard's
   * check, photos). Not the invitation links of intake (an unguessable token, proven in intake's
   * own tests), nor staff decisions on reporting's plan paths.
   */
  private static boolean ownedByApplicantsReviewersOrMembers(String endpoint) {
    String path = endpoint.substring(endpoint.indexOf(' ') + 1);
    return path.matches(
            "/intake/(api/)?(drafts|plans)/\\{.*|/intake/api/reviewer/.*|/review/(api/my|portal)/.*"
                + "|/intake/(api/institutions/mine|institution)/(invitations|members)/\\{.*"
                + "|/contract/(api/)?my/cases/.*|/reporting/(api/)?plans/\\{.*"
                + "|/reporting/api/activity-reports/\\{id}/photos.*|/reporting/public/reports/\\{id}.*"
                + "|/alumni/(api/)?directory/\\{.*|/alumni/(api/me/)?gatherings/\\{.*"
                + "|/alumni/public/members/.*|/alumni/(public/)?claim/.*|/reporting/public/(api/)?surveys/.*")
        && !path.endsWith("/decision");
  }

  private static void check(Probe probe, Side side, List<String> wrong) {
    String path = fill(probe.path(), side.ids());
    HttpResponse<String> refused = send(users.get(side.intruder()), probe, path);
    String who = side.intruder() + " on " + side.owner() + "'s: " + probe.method() + " " + path;
    boolean refusedAsExpected =
        refused.statusCode() == probe.refused()
            || (side.otherRole() && refused.statusCode() == 403);
    if (!refusedAsExpected) {
      wrong.add(who + " → " + refused.statusCode() + " " + excerpt(refused));
    } else if (refused.body().contains(side.marker())) {
      wrong.add(who + " → " + probe.refused() + " but the body shows " + side.marker());
    }
    switch (probe.owner()) {
      case SEES, GETS -> {
        HttpResponse<String> owned = send(users.get(side.owner()), probe, path);
        if (owned.statusCode() != 200
            || (probe.owner() == Owner.SEES && !owned.body().contains(side.marker()))) {
          wrong.add(
              "owner "
                  + side.owner()
                  + ": "
                  + probe.method()
                  + " "
                  + path
                  + " → "
                  + owned.statusCode()
                  + " without "
                  + side.marker()
                  + " "
                  + excerpt(owned));
        } else if (owned.body().contains(INTRUSION)) {
          wrong.add("owner " + side.owner() + " sees the intruder's words on " + path);
        }
      }
      case DOES -> {
        HttpResponse<String> done = send(users.get(side.owner()), ownWords(probe), path);
        if (done.statusCode() / 100 != 2) {
          wrong.add(
              "owner " + side.owner() + ": " + probe + " → " + done.statusCode() + excerpt(done));
        }
      }
      case NOT_TRIED -> {}
    }
  }

  /** The same request with the owner's own words (so the intruder's stay recognisable). */
  private static Probe ownWords(Probe probe) {
    return probe.body() == null
        ? probe
        : new Probe(
            probe.kind(),
            probe.method(),
            probe.path(),
            probe.body().replace(INTRUSION, "owner's words"),
            probe.owner(),
            probe.refused());
  }

  private static HttpResponse<String> send(BrowserSession session, Probe probe, String path) {
    boolean page = !path.contains("/api/");
    if (probe.body() == null || probe.body().startsWith("{") || probe.body().startsWith("[")) {
      return session.request(probe.method(), path, probe.body(), page);
    }
    if (probe.body().startsWith("file:")) {
      // the file's name carries the words, so an owner's view would show an intruder's upload
      String name = probe.body().substring("file:".length()) + ".pdf";
      return session.uploadFileWithXsrf(path, Map.of("kind", "PLAN"), name, Drafting.pdf());
    }
    Map<String, String> form = new LinkedHashMap<>();
    String fields = probe.body().substring("form:".length());
    if (!fields.isEmpty()) {
      for (String pair : fields.split("&")) {
        String[] kv = pair.split("=", 2);
        form.put(kv[0], kv.length > 1 ? kv[1] : "");
      }
    }
    return session.sendForm(probe.method(), path, form);
  }

  private static String fill(String template, Map<String, String> ids) {
    Matcher m = Pattern.compile("\\{([a-z-]+)}").matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String id = ids.get(m.group(1));
      if (id == null) {
        throw new IllegalStateException("no id " + m.group(1) + " for " + template);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(id));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String excerpt(HttpResponse<String> response) {
    String body = response.body() == null ? "" : response.body().replaceAll("\\s+", " ");
    return body.substring(0, Math.min(body.length(), 300));
  }

  /**
   * Review staff ask each institution for a document on a plan of its second PI (a request pauses
   * the plan's review, so not on the plans the reviewers score): the other institution's PI tries
   * the request.
   */
  private static void documentsRequested(BrowserSession reviewStaff, Map<String, String> titles) {
    Map<String, Map<String, String>> requests = new LinkedHashMap<>();
    for (String party : List.of("A", "B")) {
      BrowserSession second =
          signIn(suite, party.equals("A") ? RunningSuite.OBJECT_PI_A2 : RunningSuite.OBJECT_PI_B2);
      users.put(party + "2", second);
      String plan =
          Drafting.submitPlan(
              suite, second, "YOUNG_TALENT", titles.get(party) + " (documents)", "TH");
      requests.put(
          party,
          Map.of("plan", plan, "request", SuiteSeeds.requestDocuments(reviewStaff, second, plan)));
    }
    for (String party : List.of("A", "B")) {
      String other = party.equals("A") ? "B" : "A";
      sides
          .computeIfAbsent("request", k -> new ArrayList<>())
          .add(new Side(party + "2", other, requests.get(party), titles.get(party)));
    }
  }

  /**
   * A plan of institution A with the demo partner institution funded too: A submits the work plan,
   * contract staff approve it, and each institution gets its own agreement.
   */
  private static void coFunded(BrowserSession contractStaff) {
    String planId = "PLN-SHARED-" + RUN;
    String title = "Shared plan " + RUN;
    SuiteSeeds.award(
        planId,
        title,
        List.of(
            new nexus.events.PlanAwarded.InstitutionAward(
                "INST-0011", "Object Access Univ A", "HOST", 3_300_000L),
            new nexus.events.PlanAwarded.InstitutionAward(
                "INST-0101", "Demo Partner Laboratory", "PARTNER", 1_100_000L)));
    BrowserSession host = users.get("A");
    BrowserSession partner = users.get("partner");
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(partner.getJson("/contract/api/my/cases/" + planId).statusCode())
                    .isEqualTo(200));
    HttpResponse<String> workPlan =
        host.request(
            "PUT",
            "/contract/api/my/cases/" + planId + "/work-plan",
            SuiteSeeds.workPlanBody(),
            false);
    assertThat(workPlan.statusCode()).as(Drafting.describe(workPlan)).isEqualTo(200);
    HttpResponse<String> approved =
        contractStaff.request(
            "POST",
            "/contract/api/cases/" + planId + "/work-plan/decision",
            "{\"approve\":true,\"comment\":\"\",\"confirm\":true}",
            false);
    assertThat(approved.statusCode()).as(Drafting.describe(approved)).isEqualTo(200);
    Map<String, String> agreements = new LinkedHashMap<>();
    for (var agreement : json(approved).path("agreements")) {
      agreements.put(
          agreement.path("institutionId").asString(), agreement.path("agreementId").asString());
    }
    assertThat(agreements).as(approved.body()).containsKeys("INST-0011", "INST-0101");
    Map<String, String> ofHost =
        Map.of(
            "plan",
            planId,
            "agreement",
            agreements.get("INST-0011"),
            "attachment",
            attachment(host, planId));
    Map<String, String> ofPartner =
        Map.of("plan", planId, "agreement", agreements.get("INST-0101"));
    // markers the intruder's URL does not carry: the owner's name, the owner's agreement id
    sides.put(
        "co-funded",
        List.of(
            new Side("A", "partner", ofHost, "Object Access Univ A", true),
            new Side("partner", "A", ofPartner, "Demo Partner Laboratory", true)));
    sides.put(
        "co-funded-view",
        List.of(
            new Side("A", "partner", ofHost, agreements.get("INST-0011"), true),
            new Side("partner", "A", ofPartner, agreements.get("INST-0101"), true)));
    sides.put(
        "co-funded-host", List.of(new Side("A", "partner", ofHost, title + " (host's)", true)));
  }

  /** The host posts a file on its case thread; the attachment's id. */
  private static String attachment(BrowserSession host, String planId) {
    HttpResponse<String> posted =
        host.uploadFileWithXsrf(
            "/contract/api/my/cases/" + planId + "/messages?text=attached",
            Map.of(),
            "note.pdf",
            Drafting.pdf(),
            "files");
    assertThat(posted.statusCode()).as(Drafting.describe(posted)).isEqualTo(200);
    var messages = json(posted).path("messages");
    for (var message : messages) {
      for (var file : message.path("attachments")) {
        String id = file.path("fileId").asString();
        if (!id.isBlank()) {
          return id;
        }
      }
    }
    throw new AssertionError("no attachment in " + posted.body());
  }

  private static String amendment() {
    return SuiteSeeds.write(
        Map.of(
            "budget",
            Map.of(
                "suppliesJpy", 0,
                "honorariaJpy", 0,
                "travelJpy", 1,
                "otherJpy", 0,
                "indirectJpy", 0),
            "start",
            SuiteSeeds.START.toString(),
            "end",
            SuiteSeeds.END.toString(),
            "participants",
            List.of(INTRUSION),
            "reason",
            INTRUSION));
  }
}
