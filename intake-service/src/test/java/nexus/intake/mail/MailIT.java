package nexus.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nexus.events.DocumentsRequested;
import nexus.events.EventCodec;
import nexus.events.IntegrationEvent;
import nexus.events.PlanAwarded;
import nexus.events.PlanNotSelected;
import nexus.intake.call.CallCatalog;
import nexus.intake.call.OpenCalls;
import nexus.intake.institution.TestTokens;
import nexus.intake.institution.domain.CorporateNumberFixtures;
import nexus.intake.plan.DraftSubmissions;
import nexus.messaging.EventInbox;
import nexus.testsupport.EmbeddedInfrastructure;
import nexus.testsupport.TestUsers;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * E-mails really arrive at an SMTP server (GreenMail): the receipt in the PI's language, once per
 * submission even when the event comes twice, after SMTP comes back; the verification and
 * invitation links work from the mail itself. Own database and consumer groups, so that no other
 * test context sends (or swallows) these mails.
 */
@SpringBootTest(
    properties = {
      "spring.config.name=intake-service",
      "spring.mongodb.database=intake-mail",
      "spring.cloud.stream.bindings.suiteEvents-in-0.group=intake-mail-it",
      "spring.cloud.stream.bindings.deadLetterSink-in-0.group=intake-mail-it-dlt"
    })
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
@Import(TestTokens.Decoder.class)
class MailIT {

  static final MailServer SMTP = MailServer.startOnFreePort();
  static final Duration MAIL_WAIT = Duration.ofSeconds(30);
  private static final Pattern TOKEN = Pattern.compile("\\?token=([A-Za-z0-9_-]+)");

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", SMTP::port);
  }

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired CallCatalog calls;
  @Autowired MeterRegistry meters;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;

  @BeforeEach
  void openACall() {
    if (calls.find("ytec-2035").isEmpty()) {
      OpenCalls.openNow(calls);
    }
  }

  @Test
  void theReceiptArrivesInThePisLanguage() throws Exception {
    String ja = submit("pi-ja@lab.example", "ja", "水素材料の交流");
    String en = submit("pi-en@lab.example", "en", "Hydrogen materials exchange");

    MimeMessage japanese = awaitOne("pi-ja@lab.example");
    assertThat(MailServer.subject(japanese)).startsWith("【NEXUS Y-tec】申請を受け付けました").contains(ja);
    assertThat(MailServer.body(japanese))
        .contains("受付番号：" + ja, "課題名：水素材料の交流", "提出版：第1版", "（日本時間）");

    MimeMessage english = awaitOne("pi-en@lab.example");
    assertThat(MailServer.subject(english)).contains("Application received", en);
    assertThat(MailServer.body(english))
        .contains("Receipt number: " + en, "Title: Hydrogen materials exchange", "Version: 1")
        .containsPattern("Received at: \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} \\(Japan time\\)");
  }

  @Test
  void theSameEventDeliveredTwiceSendsOneMail() throws Exception {
    String receipt = submit("pi-twice@lab.example", "en", "Delivered twice");
    awaitOne("pi-twice@lab.example");
    double duplicates = duplicates();

    redeliver(receipt);

    await().atMost(MAIL_WAIT).until(() -> duplicates() > duplicates);
    assertThat(SMTP.to("pi-twice@lab.example")).hasSize(1);
  }

  @Test
  void aMailThatCouldNotBeSentWhileSmtpWasDownIsSentOnceAfterItIsBack() throws Exception {
    SMTP.stop();
    String receipt;
    Document letter;
    try {
      receipt = submit("pi-down@lab.example", "en", "Sent after the outage");
      letter =
          await()
              .atMost(MAIL_WAIT)
              .until(
                  () ->
                      mongo
                          .getCollection("dead_letters")
                          .find(Filters.regex("payload", "Sent after the outage"))
                          .first(),
                  d -> d != null);
    } finally {
      SMTP.start();
    }
    assertThat(SMTP.to("pi-down@lab.example")).isEmpty();

    replay(letter.getString("_id")).andExpect(jsonPath("$.status").value("REPLAYED"));
    assertThat(MailServer.body(awaitOne("pi-down@lab.example"))).contains(receipt);
    replay(letter.getString("_id"));
    assertThat(SMTP.to("pi-down@lab.example")).hasSize(1);
  }

  @Test
  void theVerificationAndInvitationLinksWorkFromTheMails() throws Exception {
    String contact = "office-" + System.nanoTime() + "@univ.example";
    RequestPostProcessor registrant = TestTokens.user("mail-staff", "mail-staff@univ.example");
    String id =
        JsonPath.read(
            mvc.perform(
                    post("/api/institutions")
                        .with(registrant)
                        .param("lang", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                            """
                            {"nameJa":"メール大学","nameEn":"Mail University","type":"UNIVERSITY",
                             "corporateNumber":"%s","contactEmail":"%s"}"""
                                .formatted(CorporateNumberFixtures.next(), contact)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.id");

    MimeMessage verification = awaitOne(contact);
    assertThat(MailServer.subject(verification))
        .contains("Verify the contact e-mail of Mail University");
    assertThat(MailServer.body(verification))
        .contains("http://localhost:8080/intake/institution/verify?token=");
    useLink("/api/institutions/verification", registrant, token(verification))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ACTIVE"));

    mvc.perform(
            post("/api/institutions/mine/invitations")
                .with(registrant)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"new-pi@univ.example\",\"role\":\"PI\"}"))
        .andExpect(status().isCreated());
    MimeMessage invitation = awaitOne("new-pi@univ.example");
    assertThat(MailServer.subject(invitation)).contains("メール大学", "招待");
    assertThat(MailServer.body(invitation)).contains("実施主担当者", "/intake/invitations/accept?token=");
    useLink(
            "/api/invitations/accept",
            TestTokens.user("mail-new-pi", "whatever@home.example"),
            token(invitation))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(id));
    assertThat(mongo.getCollection("institutions").find(Filters.eq("_id", id)).first().toJson())
        .doesNotContain(token(invitation), token(verification));
  }

  @Test
  void theDecisionAndAReviewRequestReachThePiInTheirLanguage() throws Exception {
    String selected = planId("pi-selected@lab.example", "en", "Selected exchange");
    String declined = planId("pi-declined@lab.example", "ja", "不採択の交流");

    apply(
        new PlanAwarded(
            selected,
            DraftSubmissions.OPEN_CALL,
            "INST-MAIL",
            "MENTOR",
            7_000_000,
            List.of("Reduce category II by JPY 200,000"),
            Instant.now(),
            "Selected exchange",
            List.of(),
            null));
    apply(new PlanNotSelected(declined, DraftSubmissions.OPEN_CALL, "INST-MAIL", Instant.now()));
    apply(
        new DocumentsRequested(
            selected,
            "DR-MAIL-1",
            List.of("OTHER"),
            "Please send the MoU with the partner.",
            LocalDate.of(2036, 1, 10),
            Instant.now()));

    MimeMessage award = awaitSubject("pi-selected@lab.example", "Your plan was selected");
    assertThat(MailServer.body(award))
        .contains(
            "title: Selected exchange",
            "Awarded amount: JPY 7,000,000",
            "- Reduce category II by JPY 200,000",
            "/intake/plans/" + selected);
    MimeMessage decline = awaitSubject("pi-declined@lab.example", "選考結果のお知らせ");
    assertThat(MailServer.body(decline)).contains("課題名：不採択の交流", "不採択");
    MimeMessage request = awaitSubject("pi-selected@lab.example", "more documents");
    assertThat(MailServer.body(request))
        .contains("Please send the MoU with the partner.", "Wanted by: 2036-01-10");
  }

  private void apply(IntegrationEvent event) {
    assertThat(inbox.handle(codec.encode(codec.wrap(event, "review-service", null))))
        .isEqualTo(EventInbox.Outcome.APPLIED);
  }

  private String planId(String email, String language, String title) throws Exception {
    String body = DraftSubmissions.submit(mvc, pi(email), "MENTOR", title, language);
    return JsonPath.read(body, "$.plan.id");
  }

  private MimeMessage awaitSubject(String address, String subject) {
    return await()
        .atMost(MAIL_WAIT)
        .until(
            () ->
                SMTP.to(address).stream()
                    .filter(m -> MailServer.subject(m).contains(subject))
                    .findFirst()
                    .orElse(null),
            m -> m != null);
  }

  private String submit(String email, String language, String title) throws Exception {
    String body = DraftSubmissions.submit(mvc, pi(email), "MENTOR", title, language);
    return JsonPath.read(body, "$.plan.receiptNumber");
  }

  private static RequestPostProcessor pi(String email) {
    return TestTokens.bearer(
        Map.of(
            "sub",
            "pi-" + email,
            "name",
            "PI",
            "email",
            email,
            "roles",
            List.of("applicant"),
            "institution_id",
            "INST-MAIL",
            "institution_name",
            "メール研究所"));
  }

  private MimeMessage awaitOne(String address) {
    await().atMost(MAIL_WAIT).until(() -> !SMTP.to(address).isEmpty());
    List<MimeMessage> received = SMTP.to(address);
    assertThat(received).hasSize(1);
    return received.get(0);
  }

  private double duplicates() {
    var counter =
        meters
            .find("nexus.events.consumed")
            .tags("type", "plan.submitted", "outcome", "duplicate")
            .counter();
    return counter == null ? 0 : counter.count();
  }

  /** Sends the plan's {@code plan.submitted} record to the topic again, byte for byte. */
  private void redeliver(String receipt) {
    Properties props = new Properties();
    props.put("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers());
    props.put("key.deserializer", ByteArrayDeserializer.class.getName());
    props.put("value.deserializer", ByteArrayDeserializer.class.getName());
    props.put("key.serializer", ByteArraySerializer.class.getName());
    props.put("value.serializer", ByteArraySerializer.class.getName());
    String planId =
        mongo
            .getCollection("plans")
            .find(Filters.eq("receiptNumber", receipt))
            .first()
            .getString("_id");
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props);
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
      List<TopicPartition> partitions =
          consumer.partitionsFor("nexus.intake.events").stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      ConsumerRecord<byte[], byte[]> original =
          await()
              .atMost(MAIL_WAIT)
              .until(
                  () -> {
                    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                      String value = new String(r.value(), StandardCharsets.UTF_8);
                      if (value.contains("\"plan.submitted\"") && value.contains(planId)) {
                        return r;
                      }
                    }
                    return null;
                  },
                  r -> r != null);
      ProducerRecord<byte[], byte[]> again =
          new ProducerRecord<>(original.topic(), original.key(), original.value());
      original.headers().forEach(h -> again.headers().add(h));
      producer.send(again).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private ResultActions replay(String id) throws Exception {
    return mvc.perform(
        post("/api/ops/dead-letters/" + id + "/replay").with(TestUsers.staff("staff-intake")));
  }

  private ResultActions useLink(String path, RequestPostProcessor who, String token)
      throws Exception {
    return mvc.perform(
        post(path)
            .with(who)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"token\":\"" + token + "\"}"));
  }

  private static String token(MimeMessage message) {
    Matcher matcher = TOKEN.matcher(MailServer.body(message));
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }
}
