package nexus.reporting.erasure;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nexus.events.EventCodec;
import nexus.events.IntegrationEvent;
import nexus.messaging.EventInbox;
import nexus.reporting.alumni.AlumniContactFixtures;
import nexus.reporting.obligation.ObligationFixtures;
import nexus.reporting.survey.CampaignScheduler;
import nexus.testsupport.TestUsers;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A completed plan of INST-A whose participant list names Somchai Jaidee and Nguyen Van An, both
 * alumni who consent to mail, and every copy reporting keeps of them: their alumni contacts, an
 * incident, a published activity report with a photo, an action plan and a launched survey.
 */
record ErasureScenario(MockMvc mvc, String planId, String tag, String somchaiId, String anId) {

  static final String LIST =
      """
      {"participants":[
        {"name":"Somchai Jaidee","birthDate":"1998-04-01","category":"GRADUATE_STUDENT",
         "role":"PARTICIPANT","affiliation":"Chula Faculty of Engineering","country":"TH",
         "email":"somchai-%1$s@chula.example",
         "visits":[{"start":"2026-03-01","end":"2026-03-20","direction":"INVITATION","place":"Tokyo"}],
         "safety":{"insuranceWithEvacuation":true,"emergencyContact":"Mali Jaidee / +66 2 000 0000","mofaRegistered":false}},
        {"name":"Nguyen Van An","birthDate":"1995-09-09","category":"POSTDOC",
         "role":"PARTICIPANT","affiliation":"VNU","country":"VN","email":"an-%1$s@vnu.example",
         "visits":[{"start":"2026-04-01","end":"2026-04-10","direction":"INVITATION","place":"Tokyo"}],
         "safety":{"insuranceWithEvacuation":true,"emergencyContact":"+84 000","mofaRegistered":false}}
      ]}""";

  /** Award, signature, list, accepted outcome report and settlement: a completed exchange. */
  static ErasureScenario completed(MockMvc mvc, EventInbox inbox, EventCodec codec, String tag)
      throws Exception {
    String planId = ObligationFixtures.newPlanId();
    deliver(inbox, codec, ObligationFixtures.awarded(planId));
    deliver(inbox, codec, ObligationFixtures.hostSigned(planId));
    mvc.perform(
            get("/api/plans/" + planId)
                .with(ObligationFixtures.applicantWithEmail("INST-A", "pi-" + tag + "@a.example")))
        .andExpect(status().isOk());
    String list =
        ok(mvc, put("/api/plans/" + planId + "/participant-list"), host(), LIST.formatted(tag));
    ok(
        mvc,
        put("/api/plans/" + planId + "/outcome-report"),
        host(),
        """
        {"summary":"s","outcomes":"o","partnerContribution":"p","followUp":"f"}""");
    ok(
        mvc,
        post("/api/plans/" + planId + "/outcome-report/decision"),
        TestUsers.staff("staff-reporting"),
        "{\"accept\":true}");
    deliver(inbox, codec, ObligationFixtures.settled(planId, "INST-A"));
    String somchai = JsonPath.read(list, "$[0].participantId");
    String an = JsonPath.read(list, "$[1].participantId");
    deliver(
        inbox,
        codec,
        AlumniContactFixtures.contact(
            "alum-" + tag, planId, somchai, "somchai-" + tag + "@alumni.example", "en", 1));
    deliver(
        inbox,
        codec,
        AlumniContactFixtures.contact(
            "alum-an-" + tag, planId, an, "an-" + tag + "@alumni.example", "en", 1));
    return new ErasureScenario(mvc, planId, tag, somchai, an);
  }

  /** An activity report naming and picturing both, published by staff; returns its id. */
  String publishedActivityReport() throws Exception {
    String report =
        ok(
            mvc,
            put("/api/plans/" + planId + "/activity-report"),
            host(),
            """
            {"titleJa":"水素材料交流 %1$s","titleEn":"Hydrogen exchange %1$s",
             "bodyJa":"Somchai Jaidee さんと Nguyen Van An さんが実験を行いました。",
             "bodyEn":"Somchai Jaidee and Nguyen Van An ran the experiments.",
             "people":[{"name":"Somchai Jaidee","consented":true},
                       {"name":"Nguyen Van An","consented":true}]}"""
                .formatted(tag));
    String id = JsonPath.read(report, "$.id");
    mvc.perform(
            multipart("/api/activity-reports/" + id + "/photos")
                .file(new MockMultipartFile("file", "lab.png", "image/png", png()))
                .param("captionJa", "実験台の Somchai Jaidee さん")
                .param("captionEn", "Somchai Jaidee at the bench")
                .param("pictured", "Somchai Jaidee", "Nguyen Van An")
                .with(host()))
        .andExpect(status().isOk());
    mvc.perform(
            post("/api/activity-reports/" + id + "/publish")
                .with(TestUsers.staff("staff-reporting")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PUBLISHED"));
    return id;
  }

  void incident() throws Exception {
    mvc.perform(
            post("/api/plans/" + planId + "/incidents")
                .with(host())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"severity":"MINOR","occurredAt":"2026-03-05T02:00:00Z","place":"Tsukuba",
                     "what":"JAIDEE Somchai fell on the stairs",
                     "harmed":"Somchai Jaidee, sprained ankle",
                     "actions":"Nguyen Van An called the ambulance"}"""))
        .andExpect(status().isCreated());
  }

  void actionPlan() throws Exception {
    ok(
        mvc,
        put("/api/plans/" + planId + "/action-plan"),
        host(),
        """
        [{"group":"JAXA","number":1,"text":"Draft a proposal","owner":"Somchai Jaidee",
          "dueDate":"2027-03-31"},
         {"group":"JAXA","number":2,"text":"Joint seminar","owner":"Nguyen Van An"}]""");
  }

  /** A survey of 2027 launched now: the PI and both participants are invited. */
  String launchedSurvey(CampaignScheduler scheduler) throws Exception {
    String definition =
        ok(
            mvc,
            post("/api/surveys/definitions"),
            TestUsers.staff("staff-reporting"),
            """
            {"titleJa":"追跡調査 %1$s","titleEn":"Follow-up %1$s","questions":[
              {"id":"story","kind":"TEXT","textJa":"その後","textEn":"Since then"}]}"""
                .formatted(tag));
    Instant now = Instant.now();
    String campaign =
        ok(
            mvc,
            post("/api/surveys/campaigns"),
            TestUsers.staff("staff-reporting"),
            // once a year: the minute tick does not remind anyone during the test
            """
            {"definitionId":"%s","surveyYear":2027,"cron":"0 0 9 1 1 *","opensAt":"%s",
             "closesAt":"%s"}"""
                .formatted(
                    JsonPath.read(definition, "$.id"),
                    now.minus(Duration.ofHours(1)),
                    now.plus(Duration.ofDays(30))));
    String id = JsonPath.read(campaign, "$.id");
    if (scheduler.launchNow(id).outcome() != CampaignScheduler.LaunchOutcome.LAUNCHED) {
      throw new IllegalStateException("campaign " + id + " did not launch");
    }
    return id;
  }

  /**
   * Reporting's own {@code participant-list.submitted} came back: the erasure can recognise them.
   */
  boolean listedForErasure(MongoTemplate mongo) {
    Document d = mongo.getCollection("erasures").find(new Document("_id", planId)).first();
    return d != null && d.getList("listed", Document.class).size() == 2;
  }

  boolean outboxEmpty(MongoTemplate mongo) {
    Document d = mongo.getCollection("obligations").find(new Document("_id", planId)).first();
    return d != null && d.getList("outbox", Document.class).isEmpty();
  }

  /** The campaign's participant respondents of this plan by participant id. */
  Map<String, Document> participantRespondents(MongoTemplate mongo, String campaignId) {
    Map<String, Document> byId = new HashMap<>();
    mongo
        .getCollection("survey_respondents")
        .find(
            new Document("campaignId", campaignId)
                .append("planId", planId)
                .append("role", "PARTICIPANT"))
        .forEach(d -> byId.put(d.getString("participantId"), d));
    return byId;
  }

  /** Every copy of the plan's people, as stored (the outbox aside). */
  String copies(MongoTemplate mongo) {
    StringBuilder all = new StringBuilder();
    for (String collection :
        List.of("obligations", "incidents", "activity_reports", "action_plans")) {
      String key =
          collection.equals("obligations") || collection.equals("action_plans") ? "_id" : "planId";
      mongo
          .getCollection(collection)
          .find(new Document(key, planId))
          .forEach(d -> all.append(without(d, "outbox").toJson()).append('\n'));
    }
    for (String collection : List.of("survey_respondents", "alumni_contacts")) {
      mongo
          .getCollection(collection)
          .find(new Document("planId", planId))
          .sort(new Document("_id", 1))
          .forEach(d -> all.append(d.toJson()).append('\n'));
    }
    return all.toString();
  }

  /** Exactly {@code n} applied erasures of the plan are in the audit trail. */
  void expectAudited(MockMvc mvc, int n) throws Exception {
    mvc.perform(
            get("/api/ops/audit")
                .param("action", "participant.erased")
                .param("subject", planId)
                .with(TestUsers.staff("staff-reporting")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(n))
        .andExpect(jsonPath("$.items[0].actor").value("system"));
  }

  private static Document without(Document d, String field) {
    Document copy = new Document(d);
    copy.remove(field);
    return copy;
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor host() {
    return TestUsers.applicantOf("INST-A");
  }

  private static String ok(
      MockMvc mvc,
      MockHttpServletRequestBuilder request,
      org.springframework.test.web.servlet.request.RequestPostProcessor who,
      String json)
      throws Exception {
    ResultActions result =
        mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(json));
    return result
        .andExpect(status().is2xxSuccessful())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static void deliver(EventInbox inbox, EventCodec codec, IntegrationEvent event) {
    inbox.handle(codec.encode(codec.wrap(event, "test", null)));
  }

  private static byte[] png() throws Exception {
    var image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
    var out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
