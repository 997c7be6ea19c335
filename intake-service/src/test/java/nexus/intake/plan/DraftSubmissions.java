package nexus.intake.plan;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import nexus.intake.document.DocumentFixtures;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A complete plan submitted the only way there is: draft, content keeping every rule, the required
 * documents, submit. To the call {@code OpenCalls.openNow} opens ({@code ytec-2035}).
 */
public final class DraftSubmissions {

  public static final String OPEN_CALL = "ytec-2035";

  private DraftSubmissions() {}

  /**
   * Submits a plan; the body of the answer is the draft view ({@code $.plan.id}, {@code
   * $.plan.receiptNumber}).
   *
   * @param language the applicant's page language when the draft is started (null: default)
   */
  public static String submit(
      MockMvc mvc, RequestPostProcessor user, String course, String title, String language)
      throws Exception {
    String id = start(mvc, user, OPEN_CALL, course, title, language);
    mvc.perform(
            put("/api/drafts/" + id)
                .with(user)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"title\":\"%s\",\"field\":\"energy\",\"content\":%s}"
                        .formatted(title, content(course))))
        .andExpect(status().isOk());
    uploadRequired(mvc, user, id);
    return mvc.perform(
            post("/api/drafts/" + id + "/submit")
                .with(user)
                .header("Idempotency-Key", UUID.randomUUID().toString()))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /**
   * Starts a draft through the API; returns its id.
   *
   * @param language the applicant's page language (null: default)
   */
  public static String start(
      MockMvc mvc,
      RequestPostProcessor user,
      String callId,
      String course,
      String title,
      String language)
      throws Exception {
    var start =
        post("/api/drafts")
            .with(user)
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                """
                {"callId":"%s","course":"%s","title":"%s"}"""
                    .formatted(callId, course, title));
    if (language != null) {
      start.param("lang", language);
    }
    return JsonPath.read(
        mvc.perform(start)
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString(),
        "$.plan.id");
  }

  /** Uploads the documents every plan needs (the plan and the host's export-control form). */
  public static void uploadRequired(MockMvc mvc, RequestPostProcessor user, String id)
      throws Exception {
    for (String kind : new String[] {"PLAN", "EXPORT_CONTROL_HOST"}) {
      mvc.perform(
              multipart("/api/drafts/" + id + "/documents/" + kind)
                  .file(
                      new MockMultipartFile(
                          "file", kind + ".pdf", "application/pdf", DocumentFixtures.pdf()))
                  .with(user))
          .andExpect(status().isCreated());
    }
  }

  /** Content of the 2035 call's shape that keeps every rule of the course. */
  static String content(String course) {
    boolean mentor = "MENTOR".equals(course);
    return """
        {"course":"%s","exchangeStart":"2036-01-15","exchangeEnd":"2036-07-15",
         "counterparts":[{"institution":"Chulalongkorn University","country":"TH"}],
         "participants":[{"name":"Somchai","birthDate":"%s","category":"%s",
           "role":"PARTICIPANT","affiliation":"CU",
           "visits":[{"start":"2036-02-01","end":"2036-02-20","direction":"INVITATION",
                      "place":"Kyoto"}]}],
         "budgetItems":[{"category":"TRAVEL","description":"Flights","amountJpy":%d}],
         "indirectJpy":%d}
        """
        .formatted(
            course,
            mentor ? "1980-05-01" : "2005-05-01",
            mentor ? "POSTDOC" : "GRADUATE_STUDENT",
            mentor ? 2_000_000 : 3_000_000,
            mentor ? 200_000 : 300_000);
  }
}
