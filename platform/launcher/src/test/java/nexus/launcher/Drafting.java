package nexus.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nexus.intake.call.CallCatalog;
import nexus.intake.call.domain.Call;

/**
 * An applicant drafting a complete plan through the gateway's pages, step by step as the wizard
 * offers them (course and period, institutions, participants, budget, documents), and submitting it
 * from the review step. The plan keeps every rule of the open call.
 */
final class Drafting {

  static final String CALL = "ytec-2035";
  private static final Pattern DOCUMENTS_ACTION =
      Pattern.compile("action=\"(/intake/plans/[^\"]+/documents\\?_csrf=[^\"]+)\"");
  private static final Pattern KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");

  private Drafting() {}

  /** Drafts and submits a plan; returns its id. The session must be signed in. */
  static String submitPlan(
      Suite suite, BrowserSession applicant, String course, String title, String country) {
    String id = draftPlan(suite, applicant, course, title, country);
    HttpResponse<String> submitted = submitDraft(applicant, id);
    assertThat(submitted.uri().getPath()).as(describe(submitted)).isEqualTo("/intake/plans/" + id);
    assertThat(submitted.body()).contains("id=\"receipt-number\"");
    return id;
  }

  /** Drafts a complete plan, documents included, up to the review step; returns its id. */
  static String draftPlan(
      Suite suite, BrowserSession applicant, String course, String title, String country) {
    return draftPlan(suite, applicant, course, title, country, null);
  }

  /**
   * The same, with this text (if not null) in the plan's other free-text fields: research field,
   * counterpart institution, participant's affiliation, place of the visit, budget item.
   */
  static String draftPlan(
      Suite suite,
      BrowserSession applicant,
      String course,
      String title,
      String country,
      String text) {
    Call call = suite.context("intake").getBean(CallCatalog.class).find(CALL).orElseThrow();
    LocalDate start = call.exchangeStartFrom().plusDays(14);
    boolean mentor = "MENTOR".equals(course);

    applicant.get("/intake/plans/drafts/new");
    HttpResponse<String> basics =
        applicant.submitForm(
            "/intake/plans/drafts", Map.of("callId", CALL, "course", course, "title", title));
    assertThat(basics.uri().getPath()).as(describe(basics)).endsWith("/edit/basics");
    String id = basics.uri().getPath().split("/")[3];
    String steps = "/intake/plans/" + id + "/edit/";

    step(
        applicant,
        steps + "basics",
        Map.of(
            "title",
            title,
            "field",
            text == null ? "materials science" : text,
            "exchangeStart",
            start.toString(),
            "exchangeEnd",
            start.plusMonths(6).toString()));
    step(
        applicant,
        steps + "institutions",
        Map.of(
            "counterparts[0].institution",
            text == null ? "Counterpart University" : text,
            "counterparts[0].country",
            country));
    Map<String, String> person = new LinkedHashMap<>();
    person.put("participants[0].name", mentor ? "Dr. Mentor" : "Young Researcher");
    person.put("participants[0].birthDate", start.minusYears(mentor ? 45 : 28).toString());
    person.put("participants[0].category", mentor ? "POSTDOC" : "GRADUATE_STUDENT");
    person.put("participants[0].role", "PARTICIPANT");
    person.put("participants[0].affiliation", text == null ? "Counterpart University" : text);
    person.put("participants[0].visits[0].start", start.plusDays(10).toString());
    person.put("participants[0].visits[0].end", start.plusDays(30).toString());
    person.put("participants[0].visits[0].direction", "INVITATION");
    person.put("participants[0].visits[0].place", text == null ? "Tokyo" : text);
    step(applicant, steps + "participants", person);
    step(
        applicant,
        steps + "budget",
        Map.of(
            "budgetItems[0].category",
            "TRAVEL",
            "budgetItems[0].description",
            text == null ? "Flights and stay" : text,
            "budgetItems[0].amountJpy",
            mentor ? "2000000" : "3000000",
            "indirectJpy",
            mentor ? "200000" : "300000"));

    for (String kind : new String[] {"PLAN", "EXPORT_CONTROL_HOST"}) {
      HttpResponse<String> page = applicant.get(steps + "documents");
      Matcher action = DOCUMENTS_ACTION.matcher(page.body());
      assertThat(action.find()).as("upload form on the documents step").isTrue();
      HttpResponse<String> uploaded =
          applicant.uploadFile(
              action.group(1).replace("&amp;", "&"), Map.of("kind", kind), kind + ".pdf", pdf());
      assertThat(uploaded.body()).as(describe(uploaded)).contains(".pdf</a>");
    }
    return id;
  }

  /** Presses submit on the review step (one click: the page's idempotency key). */
  static HttpResponse<String> submitDraft(BrowserSession applicant, String id) {
    HttpResponse<String> review = applicant.get("/intake/plans/" + id + "/edit/review");
    Matcher key = KEY.matcher(review.body());
    assertThat(key.find()).as(describe(review)).isTrue();
    return applicant.submitForm(
        "/intake/plans/" + id + "/submit", Map.of("idempotencyKey", key.group(1)));
  }

  private static void step(BrowserSession applicant, String path, Map<String, String> fields) {
    applicant.get(path);
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put("go", "next");
    HttpResponse<String> saved = applicant.submitForm(path, form);
    assertThat(saved.uri().getQuery()).as(describe(saved)).isEqualTo("saved");
  }

  /** A small real PDF. */
  static byte[] pdf() {
    return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  static String describe(HttpResponse<String> response) {
    String body = response.body();
    return response.statusCode()
        + " "
        + response.uri()
        + "\n"
        + body.substring(0, Math.min(body.length(), 600));
  }
}
