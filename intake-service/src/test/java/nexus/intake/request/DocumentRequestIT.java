package nexus.intake.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import nexus.events.DocumentsRequested;
import nexus.events.DocumentsSupplied;
import nexus.events.EventCodec;
import nexus.events.EventEnvelope;
import nexus.intake.call.CallCatalog;
import nexus.intake.call.OpenCalls;
import nexus.intake.document.DocumentFixtures;
import nexus.intake.plan.DocumentRequests;
import nexus.intake.plan.DraftSubmissions;
import nexus.messaging.EventInbox;
import nexus.testsupport.EmbeddedInfrastructure;
import nexus.testsupport.TestUsers;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Review asks for more documents: the plan's institution (and no other) sees the request, uploads
 * exactly the kinds asked for, sends them once, and review gets {@code documents.supplied}; the
 * documents the plan was submitted with stay as they were.
 */
@SpringBootTest(properties = "spring.config.name=intake-service")
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
class DocumentRequestIT {

  @Autowired MockMvc mvc;
  @Autowired CallCatalog calls;
  @Autowired DocumentRequests requests;
  @Autowired EventCodec codec;
  @Autowired EventInbox inbox;

  @BeforeEach
  void openACall() {
    if (calls.find(DraftSubmissions.OPEN_CALL).isEmpty()) {
      OpenCalls.openNow(calls);
    }
  }

  @Test
  void theApplicantAnswersARequestAndReviewIsToldWithTheDocumentsHashes() throws Exception {
    RequestPostProcessor pi = TestUsers.applicantOf("INST-REQ1");
    String planId = submitted(pi, "Export control follow-up");
    String requestId = "DR-" + UUID.randomUUID();
    inbox.handle(
        codec.encode(
            codec.wrap(
                request(planId, requestId, List.of("EXPORT_CONTROL_PARTNER", "OTHER")),
                "review-service",
                null)));

    mvc.perform(get("/plans/" + planId).with(pi))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"request-" + requestId + "\"")))
        .andExpect(content().string(containsString("Please send the partner&#39;s form")));

    mvc.perform(post(sendPath(planId, requestId)).with(pi))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail", containsString("EXPORT_CONTROL_PARTNER")));
    mvc.perform(upload(planId, requestId, "PLAN", DocumentFixtures.pdf(), "form.pdf").with(pi))
        .andExpect(status().isBadRequest());
    mvc.perform(upload(planId, requestId, "OTHER", DocumentFixtures.exe(), "form.pdf").with(pi))
        .andExpect(status().isUnsupportedMediaType());

    byte[] partnerForm = DocumentFixtures.pdf();
    mvc.perform(
            upload(planId, requestId, "EXPORT_CONTROL_PARTNER", partnerForm, "partner.pdf")
                .with(pi))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.fileName", containsString("安保様式（連携機関）")));
    mvc.perform(upload(planId, requestId, "OTHER", DocumentFixtures.docx(), "memo.docx").with(pi))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.fileName", containsString("追加資料")));
    mvc.perform(post(sendPath(planId, requestId)).with(pi))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.documents.length()").value(2));
    mvc.perform(post(sendPath(planId, requestId)).with(pi)).andExpect(status().isConflict());

    DocumentsSupplied supplied = awaitSupplied(planId);
    assertThat(supplied.requestId()).isEqualTo(requestId);
    assertThat(supplied.documents())
        .extracting(d -> d.kind())
        .containsExactly("EXPORT_CONTROL_PARTNER", "OTHER");
    assertThat(supplied.documents().get(0).sha256()).hasSize(64);

    // the documents the plan was submitted with are untouched; review staff read both kinds
    mvc.perform(
            get("/api/staff/plans/" + planId + "/documents").with(TestUsers.staff("staff-review")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].kind").value(contains("PLAN", "EXPORT_CONTROL_HOST")));
    mvc.perform(
            get("/api/staff/plans/" + planId + "/documents/requests/" + requestId + "/OTHER")
                .with(TestUsers.staff("staff-review")))
        .andExpect(status().isOk());
    mvc.perform(
            get("/api/staff/plans/other-plan/documents/requests/" + requestId + "/OTHER")
                .with(TestUsers.staff("staff-review")))
        .andExpect(status().isNotFound());
  }

  @Test
  void anotherInstitutionNeitherSeesNorAnswersTheRequest() throws Exception {
    RequestPostProcessor pi = TestUsers.applicantOf("INST-REQ2");
    RequestPostProcessor stranger = TestUsers.applicantOf("INST-REQ3");
    String planId = submitted(pi, "Private request");
    String requestId = "DR-" + UUID.randomUUID();
    requests.record(request(planId, requestId, List.of("OTHER")));

    mvc.perform(get("/api/plans/" + planId + "/document-requests").with(stranger))
        .andExpect(status().isNotFound());
    mvc.perform(
            upload(planId, requestId, "OTHER", DocumentFixtures.pdf(), "form.pdf").with(stranger))
        .andExpect(status().isNotFound());
    mvc.perform(post(sendPath(planId, requestId)).with(stranger)).andExpect(status().isNotFound());
    mvc.perform(get("/api/plans/" + planId + "/document-requests").with(pi))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].request.requestId").value(requestId))
        .andExpect(jsonPath("$[0].uploaded.length()").value(0));
  }

  @Test
  void aRequestDeliveredAgainWithANewEventIdIsRecordedOnce() throws Exception {
    RequestPostProcessor pi = TestUsers.applicantOf("INST-REQ4");
    String planId = submitted(pi, "Asked twice");
    DocumentsRequested request = request(planId, "DR-" + UUID.randomUUID(), List.of("OTHER"));

    assertThat(requests.record(request)).isTrue();
    assertThat(requests.record(request)).isFalse();

    mvc.perform(get("/api/plans/" + planId + "/document-requests").with(pi))
        .andExpect(jsonPath("$.length()").value(1));
  }

  private String submitted(RequestPostProcessor pi, String title) throws Exception {
    return JsonPath.read(DraftSubmissions.submit(mvc, pi, "MENTOR", title, "en"), "$.plan.id");
  }

  private static DocumentsRequested request(String planId, String requestId, List<String> kinds) {
    return new DocumentsRequested(
        planId,
        requestId,
        kinds,
        "Please send the partner's form",
        LocalDate.of(2036, 1, 10),
        Instant.now());
  }

  private static MockMultipartHttpServletRequestBuilder upload(
      String planId, String requestId, String kind, byte[] content, String name) {
    return (MockMultipartHttpServletRequestBuilder)
        multipart("/api/plans/" + planId + "/document-requests/" + requestId + "/documents")
            .file(new MockMultipartFile("file", name, null, content))
            .param("kind", kind);
  }

  private static String sendPath(String planId, String requestId) {
    return "/api/plans/" + planId + "/document-requests/" + requestId + "/send";
  }

  /** Reads intake's topic from the beginning until the plan's documents.supplied arrives. */
  private DocumentsSupplied awaitSupplied(String planId) {
    Properties props = new Properties();
    props.put("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers());
    props.put("key.deserializer", ByteArrayDeserializer.class.getName());
    props.put("value.deserializer", ByteArrayDeserializer.class.getName());
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
      List<TopicPartition> partitions = new ArrayList<>();
      consumer.partitionsFor("nexus.intake.events").stream()
          .map(p -> new TopicPartition(p.topic(), p.partition()))
          .forEach(partitions::add);
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      return await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                  String value = new String(r.value(), StandardCharsets.UTF_8);
                  if (value.contains("documents.supplied") && value.contains(planId)) {
                    EventEnvelope envelope = codec.decode(r.value());
                    return codec.payload(envelope, DocumentsSupplied.class);
                  }
                }
                return null;
              },
              e -> e != null);
    }
  }
}
