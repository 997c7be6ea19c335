package nexus.intake.erasure;

import static nexus.testsupport.TestUsers.applicantOf;
import static nexus.testsupport.TestUsers.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nexus.events.AlumniErased;
import nexus.events.EventCodec;
import nexus.events.IntegrationEvent;
import nexus.events.ParticipantListSubmitted;
import nexus.events.ParticipantRecord;
import nexus.intake.call.CallCatalog;
import nexus.intake.call.OpenCalls;
import nexus.intake.plan.DraftSubmissions;
import nexus.messaging.EventInbox;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 7's erasure in intake: reporting's participant list says who is who, {@code alumni.erased}
 * anonymises that person in the plan (draft and submitted version alike), once, whichever of the
 * two arrives first; everything else about the plan stays.
 */
@SpringBootTest(properties = "spring.config.name=intake-service")
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
class ErasureIT {

  @Autowired MockMvc mvc;
  @Autowired CallCatalog calls;
  @Autowired EventCodec codec;
  @Autowired EventInbox inbox;
  @Autowired MongoTemplate mongo;

  @Test
  void anErasedParticipantIsAnonymisedInThePlanAndTheOtherOneIsUntouched() throws Exception {
    String planId = submittedWithSomchaiAndAn("INST-ERASE-1");
    String before = draft(planId, "INST-ERASE-1");

    deliver(list(planId, "JAIDEE, Somchai"));
    byte[] erasure = envelope(erasure(planId));
    assertThat(inbox.handle(erasure)).isEqualTo(EventInbox.Outcome.APPLIED);

    String stored = plan(planId).toJson();
    assertThat(stored).doesNotContain("Somchai", "Jaidee", "2005-05-01");
    assertThat(stored).contains("Nguyen Van An", "HUST");
    Document somchai = person(planId, 0);
    assertThat(somchai.getString("name")).isEqualTo("(erased)");
    assertThat(somchai.get("birthDate")).isNull();
    assertThat(somchai.get("affiliation")).isNull();
    assertThat(somchai.getString("category")).isEqualTo("GRADUATE_STUDENT");
    assertThat(somchai.getList("visits", Document.class)).hasSize(1);
    assertThat(person(planId, 1).get("birthDate")).isNotNull();
    assertThat(plan(planId).getInteger("erasedPeople")).isEqualTo(1);
    assertThat(plan(planId).get("erasedAt")).isNotNull();

    String after = draft(planId, "INST-ERASE-1");
    for (String path :
        List.of(
            "$.plan.receiptNumber",
            "$.plan.submissionVersion",
            "$.plan.status",
            "$.plan.requestedAmountJpy",
            "$.content.participants.length()",
            "$.content.participants[1]",
            "$.content.participants[0].visits",
            "$.content.participants[0].category",
            "$.content.participants[0].role",
            "$.documents[*].sha256")) {
      assertThat((Object) JsonPath.read(after, path))
          .as(path)
          .isEqualTo(JsonPath.read(before, path));
    }
    assertThat(after).doesNotContain("Somchai", "2005-05-01").contains("(erased)");
    assertThat(
            mvc.perform(
                    get("/staff/plans/" + planId).with(staff("staff-intake")).param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("(erased)", "Nguyen Van An", "id=\"erasure\"", "Personal data of 1 participant")
        .doesNotContain("Somchai", "2005-05-01");
    assertThat(audited(planId)).isEqualTo(1);

    // the same event again is a duplicate; the same erasure in a new envelope changes nothing
    assertThat(inbox.handle(erasure)).isEqualTo(EventInbox.Outcome.DUPLICATE);
    String once = plan(planId).toJson();
    deliver(erasure(planId));
    deliver(list(planId, "(erased)"));
    assertThat(plan(planId).toJson()).isEqualTo(once);
    assertThat(audited(planId)).isEqualTo(1);
  }

  @Test
  void anErasureThatArrivesBeforeTheListIsAppliedWhenTheListArrives() throws Exception {
    String planId = submittedWithSomchaiAndAn("INST-ERASE-2");

    deliver(erasure(planId));
    assertThat(plan(planId).toJson()).contains("Somchai");
    assertThat(audited(planId)).isZero();

    deliver(list(planId, "Somchai Jaidee"));
    assertThat(plan(planId).toJson()).doesNotContain("Somchai").contains("Nguyen Van An");
    assertThat(person(planId, 0).getString("name")).isEqualTo("(erased)");
    assertThat(audited(planId)).isEqualTo(1);
  }

  /** A submitted plan with two participants, once its submission has been relayed. */
  private String submittedWithSomchaiAndAn(String institution) throws Exception {
    OpenCalls.openNow(calls);
    var user = applicantOf(institution);
    String id =
        DraftSubmissions.start(
            mvc, user, DraftSubmissions.OPEN_CALL, "YOUNG_TALENT", "Erasure plan", null);
    mvc.perform(
            put("/api/drafts/" + id)
                .with(user)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"title":"Erasure plan","field":"energy","content":
                     {"course":"YOUNG_TALENT","exchangeStart":"2036-01-15","exchangeEnd":"2036-07-15",
                      "counterparts":[{"institution":"Chulalongkorn University","country":"TH"}],
                      "participants":[
                       {"name":"Somchai Jaidee","birthDate":"2005-05-01","category":"GRADUATE_STUDENT",
                        "role":"PARTICIPANT","affiliation":"Chulalongkorn",
                        "visits":[{"start":"2036-02-01","end":"2036-02-20","direction":"INVITATION",
                                   "place":"Kyoto"}]},
                       {"name":"Nguyen Van An","birthDate":"2004-03-03","category":"GRADUATE_STUDENT",
                        "role":"PARTICIPANT","affiliation":"HUST",
                        "visits":[{"start":"2036-03-01","end":"2036-03-10","direction":"INVITATION",
                                   "place":"Osaka"}]}],
                      "budgetItems":[{"category":"TRAVEL","description":"Flights","amountJpy":3000000}],
                      "indirectJpy":300000}}"""))
        .andExpect(status().isOk());
    DraftSubmissions.uploadRequired(mvc, user, id);
    mvc.perform(
            post("/api/drafts/" + id + "/submit")
                .with(user)
                .header("Idempotency-Key", UUID.randomUUID().toString()))
        .andExpect(status().isOk());
    // erasure comes long after the submission went out; until then the outbox holds the snapshot
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> plan(id).getList("outbox", Document.class).isEmpty());
    return id;
  }

  private static ParticipantListSubmitted list(String planId, String somchaiAsListed) {
    List<ParticipantRecord> people =
        List.of(
            new ParticipantRecord(
                "pt-somchai-" + planId,
                somchaiAsListed,
                "somchai@chula.example",
                "TH",
                "Chulalongkorn",
                "GRADUATE_STUDENT",
                "PARTICIPANT",
                "INVITATION"),
            new ParticipantRecord(
                "pt-an-" + planId,
                "Nguyen Van An",
                null,
                "VN",
                "HUST",
                "GRADUATE_STUDENT",
                "PARTICIPANT",
                "INVITATION"));
    return new ParticipantListSubmitted(
        planId,
        people.stream().map(ParticipantRecord::participantId).toList(),
        Instant.now(),
        DraftSubmissions.OPEN_CALL,
        people);
  }

  private static AlumniErased erasure(String planId) {
    return new AlumniErased(
        "alum-" + planId,
        List.of(new AlumniErased.PlanParticipant(planId, "pt-somchai-" + planId)),
        Instant.now());
  }

  private byte[] envelope(IntegrationEvent event) {
    return codec.encode(codec.wrap(event, "alumni-service", null));
  }

  private void deliver(IntegrationEvent event) {
    assertThat(inbox.handle(envelope(event))).isEqualTo(EventInbox.Outcome.APPLIED);
  }

  private String draft(String planId, String institution) throws Exception {
    return mvc.perform(get("/api/drafts/" + planId).with(applicantOf(institution)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private Document plan(String planId) {
    return mongo.getCollection("plans").find(new Document("_id", planId)).first();
  }

  private Document person(String planId, int index) {
    return plan(planId)
        .get("content", Document.class)
        .getList("participants", Document.class)
        .get(index);
  }

  private long audited(String planId) {
    return mongo
        .getCollection("audit_log")
        .countDocuments(new Document("subject", planId).append("action", "participant.erased"));
  }
}
