package nexus.intake.plan;

import static nexus.intake.plan.PlanFixtures.applicantOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import nexus.events.EventCodec;
import nexus.events.EventEnvelope;
import nexus.events.PlanSubmitted;
import nexus.intake.call.CallCatalog;
import nexus.intake.call.OpenCalls;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** With the relay off, what a submission leaves behind is exactly the plan and its one event. */
@SpringBootTest(
    properties = {
      "spring.config.name=intake-service",
      "nexus.messaging.outbox.relay-enabled=false"
    })
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
class PlanOutboxIT {

  @Autowired MockMvc mvc;
  @Autowired CallCatalog calls;

  @BeforeEach
  void openACall() {
    OpenCalls.openNow(calls);
  }

  @Autowired MongoTemplate mongo;
  @Autowired EventCodec codec;

  @Test
  void submissionWritesThePlanAndItsPlanSubmittedEventInOneDocument() throws Exception {
    String body =
        DraftSubmissions.submit(mvc, applicantOf("INST-O"), "YOUNG_TALENT", "Outbox plan", null);
    String id = JsonPath.read(body, "$.plan.id");

    Document stored = mongo.getCollection("plans").find(new Document("_id", id)).first();
    List<Document> outbox = stored.getList("outbox", Document.class);
    assertThat(outbox)
        .extracting(e -> e.getString("type"))
        .containsExactly("plan.drafted", "plan.submitted");
    Document entry = outbox.get(1);
    assertThat(entry.getString("key")).isEqualTo(id);

    EventEnvelope envelope = codec.decode(entry.getString("envelope"));
    assertThat(envelope.producer()).isEqualTo("intake-service");
    PlanSubmitted event = codec.payload(envelope, PlanSubmitted.class);
    assertThat(event.planId()).isEqualTo(id);
    assertThat(event.institutionId()).isEqualTo("INST-O");
    assertThat(event.title()).isEqualTo("Outbox plan");
    assertThat(event.counterpartCountries()).containsExactly("TH");
    assertThat(event.snapshot().participants())
        .extracting(p -> p.name())
        .containsExactly("Somchai");
    assertThat(event.snapshot().documents()).hasSize(2);
    // INST-O is not registered: no institution type to carry
    assertThat(event.institutionType()).isNull();
  }

  @Test
  void submissionCarriesTheTypeOfTheRegisteredHostInstitution() throws Exception {
    mongo
        .getCollection("institutions")
        .insertOne(
            new Document("_id", "INST-OTYPE")
                .append("nameJa", "高専")
                .append("nameEn", "Kosen")
                .append("type", "TECHNICAL_COLLEGE")
                .append("status", "VERIFIED"));
    String body =
        DraftSubmissions.submit(
            mvc, applicantOf("INST-OTYPE"), "YOUNG_TALENT", "Typed host plan", null);
    String id = JsonPath.read(body, "$.plan.id");

    Document stored = mongo.getCollection("plans").find(new Document("_id", id)).first();
    Document entry = stored.getList("outbox", Document.class).get(1);
    PlanSubmitted event =
        codec.payload(codec.decode(entry.getString("envelope")), PlanSubmitted.class);
    assertThat(event.institutionType()).isEqualTo("TECHNICAL_COLLEGE");
  }
}
