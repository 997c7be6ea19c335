package nexus.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nexus.events.EventCodec;
import nexus.events.ExchangeCompleted;
import nexus.events.IntegrationEvent;
import nexus.events.ParticipantRecord;
import nexus.events.PlanAwarded;
import nexus.events.PlanSnapshot;
import nexus.testsupport.EmbeddedInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;

/**
 * The steps the security proofs need to have real objects in every service, each done by the user
 * who does it in production (through the gateway), or — where the step belongs to a service
 * decision the proofs do not exercise (the award, the completion of an exchange) — as the event
 * that service publishes, on its topic.
 */
final class SuiteSeeds {

  static final EventCodec CODEC = new EventCodec();
  private static final Pattern CLAIM_LINK =
      Pattern.compile("https?://\\S+/alumni/public/claim/([A-Za-z0-9_\\-]+)");

  /** The period of the awarded plans (a past exchange, so every report is due). */
  static final LocalDate START = LocalDate.of(2026, 2, 1);

  static final LocalDate END = LocalDate.of(2026, 8, 31);

  private SuiteSeeds() {}

  /** A signed-in session with the gateway's CSRF cookie. */
  static BrowserSession signIn(Suite suite, String username) {
    BrowserSession session = new BrowserSession(suite.gatewayUrl());
    HttpResponse<String> home =
        session.login("/intake/institution?lang=en", username, RunningSuite.PASSWORD);
    assertThat(home.uri().getPath()).as(username + " signed in").isEqualTo("/intake/institution");
    session.get("/?lang=en");
    return session;
  }

  static JsonNode json(HttpResponse<String> response) {
    return CODEC.mapper().readTree(response.body());
  }

  static String write(Object value) {
    return CODEC.mapper().writeValueAsString(value);
  }

  private static final Pattern SIGN_UP_LINK =
      Pattern.compile("(http://\\S+/signup/verify\\?token=[\\w-]+)");
  private static final Pattern VERIFY_LINK =
      Pattern.compile("/institution/verify\\?token=([\\w-]+)");

  /**
   * A newcomer signs up on the OIDC server's page with this name, opens the link mailed to them and
   * signs in: the signed-in session.
   */
  static BrowserSession signUp(Suite suite, String email, String name) {
    String password = "a long enough passphrase";
    BrowserSession visitor = new BrowserSession(suite.gatewayUrl());
    HttpResponse<String> login = visitor.get("/intake/institution?lang=en");
    String signUpPage = login.uri().resolve("/signup?lang=en").toString();
    visitor.get(signUpPage);
    Map<String, String> form = new java.util.LinkedHashMap<>();
    form.put("email", email);
    form.put("name", name);
    form.put("password", password);
    form.put("confirmation", password);
    form.put("consent", "true");
    HttpResponse<String> sent = visitor.submitForm(signUpPage, form);
    assertThat(sent.body()).as(Drafting.describe(sent)).contains("id=\"signup-sent\"");
    String link = mailed(email, SIGN_UP_LINK);
    assertThat(confirmSignUp(new BrowserSession(suite.gatewayUrl()), link).body())
        .contains("id=\"signup-verified\"");
    BrowserSession newcomer = new BrowserSession(suite.gatewayUrl());
    HttpResponse<String> frontDoor = newcomer.login("/intake/institution?lang=en", email, password);
    assertThat(frontDoor.uri().getPath()).isEqualTo("/intake/institution");
    newcomer.get("/?lang=en");
    return newcomer;
  }

  /**
   * Opens the sign-up link mailed to a newcomer and presses its button (the link alone verifies
   * nothing): the page after the press.
   */
  static HttpResponse<String> confirmSignUp(BrowserSession mailbox, String link) {
    HttpResponse<String> confirm = mailbox.get(link);
    assertThat(confirm.body()).as(Drafting.describe(confirm)).contains("id=\"signup-confirm\"");
    String token = link.substring(link.indexOf("token=") + "token=".length());
    return mailbox.submitForm(link.substring(0, link.indexOf('?')), Map.of("token", token));
  }

  /**
   * The signed-in newcomer registers a host institution with these names and verifies its contact
   * address from the mail: the institution is active, the newcomer its staff.
   */
  static void registerActiveInstitution(BrowserSession newcomer, String name, String email) {
    HttpResponse<String> registered =
        newcomer.request(
            "POST",
            "/intake/api/institutions",
            write(
                Map.of(
                    "nameJa", name,
                    "nameEn", name,
                    "type", "UNIVERSITY",
                    "corporateNumber", corporateNumber(),
                    "contactEmail", email)),
            false);
    assertThat(registered.statusCode()).as(Drafting.describe(registered)).isEqualTo(201);
    String token = mailed(email, VERIFY_LINK);
    HttpResponse<String> verified =
        newcomer.request(
            "POST", "/intake/api/institutions/verification", write(Map.of("token", token)), false);
    assertThat(verified.statusCode()).as(Drafting.describe(verified)).isEqualTo(200);
  }

  /** A valid corporate number (check digit) that nobody registered yet. */
  static String corporateNumber() {
    String base =
        String.format(
            "%012d",
            Math.floorMod(
                java.util.UUID.randomUUID().getLeastSignificantBits(), 1_000_000_000_000L));
    for (int check = 1; check <= 9; check++) {
      if (nexus.intake.institution.domain.CorporateNumber.isValid(check + base)) {
        return check + base;
      }
    }
    throw new IllegalStateException("no check digit for " + base);
  }

  /** The first group of the pattern in a mail sent to this address (waits for the mail). */
  static String mailed(String email, Pattern pattern) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(300))
        .until(() -> inMail(email, pattern), Optional::isPresent)
        .orElseThrow();
  }

  private static Optional<String> inMail(String email, Pattern pattern)
      throws MessagingException, IOException {
    for (MimeMessage message : RunningSuite.mail().server().getReceivedMessages()) {
      boolean toThem =
          Arrays.stream(message.getRecipients(Message.RecipientType.TO))
              .anyMatch(a -> a.toString().equalsIgnoreCase(email));
      if (toThem) {
        Matcher m =
            pattern.matcher(text(message.getContent()).replace("=\r\n", "").replace("=3D", "="));
        if (m.find()) {
          return Optional.of(m.group(1));
        }
      }
    }
    return Optional.empty();
  }

  /** Review staff screen the plan eligible once review has its case. */
  static void screenEligible(BrowserSession staff, String planId) {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(300))
        .untilAsserted(
            () ->
                assertThat(staff.getJson("/review/api/cases/" + planId).statusCode())
                    .isEqualTo(200));
    HttpResponse<String> screened =
        staff.request(
            "POST",
            "/review/api/cases/" + planId + "/screening",
            "{\"ineligibleKinds\":[],\"reason\":null}",
            false);
    assertThat(screened.statusCode()).as(Drafting.describe(screened)).isEqualTo(200);
  }

  /** Review staff register a reviewer (idempotent) and pin them to the plan. */
  static void assignReviewer(BrowserSession staff, String planId, String reviewer) {
    assignReviewer(staff, planId, reviewer, "Reviewer " + reviewer);
  }

  /** The same, the reviewer's name and affiliation as given. */
  static void assignReviewer(BrowserSession staff, String planId, String reviewer, String name) {
    HttpResponse<String> saved =
        staff.request(
            "PUT",
            "/review/api/reviewers/" + reviewer,
            write(
                Map.of(
                    "name",
                    name,
                    "affiliation",
                    "Independent Laboratory of " + name,
                    "email",
                    reviewer + "@proofs.example",
                    "expertise",
                    List.of("materials science"))),
            false);
    assertThat(saved.statusCode()).as(Drafting.describe(saved)).isEqualTo(200);
    HttpResponse<String> pinned =
        staff.request(
            "POST", "/review/api/cases/" + planId + "/reviewers/" + reviewer + "/pin", null, false);
    assertThat(pinned.statusCode()).as(Drafting.describe(pinned)).isEqualTo(200);
  }

  /**
   * Review staff ask the plan's applicant for a document (a plan PDF); the request's id once intake
   * shows it to the applicant.
   */
  static String requestDocuments(BrowserSession staff, BrowserSession applicant, String planId) {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(300))
        .untilAsserted(
            () ->
                assertThat(staff.getJson("/review/api/cases/" + planId).statusCode())
                    .isEqualTo(200));
    HttpResponse<String> requested =
        staff.request(
            "POST",
            "/review/api/cases/" + planId + "/documents-request",
            write(Map.of("kinds", List.of("PLAN"), "message", "Please send the plan again.")),
            false);
    assertThat(requested.statusCode()).as(Drafting.describe(requested)).isEqualTo(200);
    String requestId = json(requested).path("requestId").asString();
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(300))
        .untilAsserted(
            () ->
                assertThat(
                        applicant
                            .getJson("/intake/api/plans/" + planId + "/document-requests")
                            .body())
                    .contains(requestId));
    return requestId;
  }

  /** The host adds a photo to its activity report; the photo's id. */
  static String addPhoto(BrowserSession host, String reportId) {
    HttpResponse<String> added =
        host.uploadFileWithXsrf(
            "/reporting/api/activity-reports/" + reportId + "/photos",
            Map.of("captionEn", "A photo"),
            "photo.png",
            png());
    assertThat(added.statusCode()).as(Drafting.describe(added)).isEqualTo(200);
    var photos = json(added).path("photos");
    return photos.path(photos.size() - 1).path("id").asString();
  }

  /** A small PNG image. */
  static byte[] png() {
    var image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
    var out = new java.io.ByteArrayOutputStream();
    try {
      javax.imageio.ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** What review publishes when it funds the plan of this host institution alone. */
  static void award(String planId, String title, String institutionId, String institutionName) {
    award(
        planId,
        title,
        List.of(
            new PlanAwarded.InstitutionAward(institutionId, institutionName, "HOST", 3_300_000L)));
  }

  /** The same, for these funded institutions (the first the host). */
  static void award(String planId, String title, List<PlanAwarded.InstitutionAward> funded) {
    String institutionId = funded.getFirst().institutionId();
    PlanSnapshot snapshot =
        new PlanSnapshot(
            "materials science",
            START,
            END,
            List.of(new PlanSnapshot.Counterpart("Counterpart University", "TH")),
            List.of(),
            List.of(
                new PlanSnapshot.Person(
                    "Young Researcher",
                    LocalDate.of(1998, 4, 1),
                    "GRADUATE_STUDENT",
                    "PARTICIPANT",
                    "Counterpart University",
                    List.of(
                        new PlanSnapshot.Visit(
                            START.plusDays(10), START.plusDays(30), "INVITATION", "Tokyo")))),
            List.of(),
            List.of(new PlanSnapshot.BudgetItem("TRAVEL", "Flights and stay", 3_000_000L)),
            3_000_000L,
            300_000L,
            null,
            "Joint paper",
            "Yearly seminar",
            null,
            List.of());
    PlanAwarded awarded =
        new PlanAwarded(
            planId,
            Drafting.CALL,
            institutionId,
            "YOUNG_TALENT",
            funded.stream().mapToLong(PlanAwarded.InstitutionAward::amountJpy).sum(),
            List.of(),
            Instant.now().minus(Duration.ofDays(300)),
            title,
            funded,
            snapshot);
    publish("nexus.review.events", planId, awarded, "review-service");
  }

  /**
   * Contract's steps up to signed agreements: the host submits its work plan, contract staff
   * approve it (the agreements are issued), the host signs the bytes it downloaded and the agency
   * countersigns. Returns the host's agreement id.
   */
  static String signAgreement(BrowserSession host, BrowserSession staff, String planId) {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(300))
        .untilAsserted(
            () ->
                assertThat(host.getJson("/contract/api/my/cases/" + planId).statusCode())
                    .isEqualTo(200));
    HttpResponse<String> workPlan =
        host.request(
            "PUT", "/contract/api/my/cases/" + planId + "/work-plan", workPlanBody(), false);
    assertThat(workPlan.statusCode()).as(Drafting.describe(workPlan)).isEqualTo(200);
    HttpResponse<String> approved =
        staff.request(
            "POST",
            "/contract/api/cases/" + planId + "/work-plan/decision",
            "{\"approve\":true,\"comment\":\"\",\"confirm\":true}",
            false);
    assertThat(approved.statusCode()).as(Drafting.describe(approved)).isEqualTo(200);
    String agreementId = json(approved).path("agreements").path(0).path("agreementId").asString();
    assertThat(agreementId).as(approved.body()).isNotBlank();
    HttpResponse<String> pdf =
        host.getJson("/contract/api/my/cases/" + planId + "/agreements/" + agreementId + "/pdf");
    assertThat(pdf.statusCode()).as(Drafting.describe(pdf)).isEqualTo(200);
    String sha = pdf.headers().firstValue("X-Content-SHA256").orElseThrow();
    String signature = "{\"sha256\":\"" + sha + "\",\"confirm\":true}";
    HttpResponse<String> signed =
        host.request(
            "POST",
            "/contract/api/my/cases/" + planId + "/agreements/" + agreementId + "/signature",
            signature,
            false);
    assertThat(signed.statusCode()).as(Drafting.describe(signed)).isEqualTo(200);
    HttpResponse<String> countersigned =
        staff.request(
            "POST",
            "/contract/api/cases/" + planId + "/agreements/" + agreementId + "/agency-signature",
            signature,
            false);
    assertThat(countersigned.statusCode()).as(Drafting.describe(countersigned)).isEqualTo(200);
    return agreementId;
  }

  static String workPlanBody() {
    return workPlanBody("Young Researcher (PARTICIPANT)");
  }

  static String workPlanBody(String participant) {
    return write(
        Map.of(
            "budget",
            Map.of(
                "suppliesJpy", 0,
                "honorariaJpy", 0,
                "travelJpy", 3_000_000,
                "otherJpy", 0,
                "indirectJpy", 300_000),
            "start",
            START.toString(),
            "end",
            END.toString(),
            "participants",
            List.of(participant)));
  }

  /** Waits until reporting knows the plan is awarded and signed (its reports can be written). */
  static void awaitReporting(BrowserSession host, String planId) {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(300))
        .untilAsserted(
            () -> {
              HttpResponse<String> plan = host.getJson("/reporting/api/plans/" + planId);
              assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
              assertThat(json(plan).hasNonNull("firstSignedAt")).as(plan.body()).isTrue();
            });
  }

  /** The host writes the plan's activity report; its id. */
  static String writeActivityReport(
      BrowserSession host, String planId, String title, String body, String person) {
    String form =
        write(
            Map.of(
                "titleEn",
                title,
                "titleJa",
                title,
                "bodyEn",
                body,
                "bodyJa",
                body,
                "institutionType",
                "UNIVERSITY",
                "people",
                List.of(Map.of("name", person, "consented", true))));
    HttpResponse<String> written =
        host.request("PUT", "/reporting/api/plans/" + planId + "/activity-report", form, false);
    assertThat(written.statusCode()).as(Drafting.describe(written)).isEqualTo(200);
    return json(written).path("id").asString();
  }

  static String incidentBody(String text) {
    return write(
        Map.of(
            "severity",
            "MINOR",
            "occurredAt",
            Instant.now().minus(Duration.ofDays(1)).toString(),
            "place",
            text,
            "what",
            text,
            "harmed",
            text,
            "actions",
            text));
  }

  /** What reporting publishes when an exchange is complete: alumni invite its participants. */
  static void complete(String planId, String field, List<ParticipantRecord> participants) {
    ExchangeCompleted completed =
        new ExchangeCompleted(
            planId,
            Drafting.CALL,
            participants.stream().map(ParticipantRecord::participantId).toList(),
            Instant.now(),
            "YOUNG_TALENT",
            field,
            "INST-0001",
            "Demo Institute of Technology",
            List.of(new PlanSnapshot.Counterpart("Vietnam National University, Hanoi", "VN")),
            LocalDate.now().minusMonths(7),
            LocalDate.now().minusMonths(1),
            participants);
    publish("nexus.reporting.events", planId, completed, "reporting-service");
  }

  /**
   * The signed-in alumnus claims the profile from the invitation mailed to this address (listed in
   * the directory or not); the member id.
   */
  static String claim(BrowserSession alumnus, String email, boolean listed) {
    return claim(alumnus, email, listed, false);
  }

  /**
   * As {@link #claim(BrowserSession, String, boolean)}, consenting to mail (follow-up surveys
   * included) or not.
   */
  static String claim(BrowserSession alumnus, String email, boolean listed, boolean mail) {
    String token = claimToken(email);
    alumnus.get("/alumni/public/claim/" + token + "?lang=en");
    Map<String, String> form = new java.util.LinkedHashMap<>();
    form.put("listed", String.valueOf(listed));
    form.put("mailConsent", String.valueOf(mail));
    HttpResponse<String> done = alumnus.submitForm("/alumni/public/claim/" + token, form);
    assertThat(done.statusCode()).as(Drafting.describe(done)).isEqualTo(200);
    assertThat(done.body()).contains("id=\"claim-done\"");
    HttpResponse<String> profile = alumnus.getJson("/alumni/api/me/profile");
    assertThat(profile.statusCode()).as(Drafting.describe(profile)).isEqualTo(200);
    return json(profile).path("id").asString();
  }

  /** The claim token of the invitation e-mail sent to this address. */
  static String claimToken(String email) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(300))
        .until(() -> tokenIn(email), Optional::isPresent)
        .orElseThrow();
  }

  private static Optional<String> tokenIn(String email) throws MessagingException, IOException {
    for (MimeMessage message : RunningSuite.mail().server().getReceivedMessages()) {
      boolean toThem =
          Arrays.stream(message.getRecipients(Message.RecipientType.TO))
              .anyMatch(a -> a.toString().contains(email));
      if (toThem) {
        Matcher m = CLAIM_LINK.matcher(text(message.getContent()));
        if (m.find()) {
          return Optional.of(m.group(1));
        }
      }
    }
    return Optional.empty();
  }

  private static String text(Object content) throws MessagingException, IOException {
    if (content instanceof Multipart multipart) {
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        all.append(text(part.getContent()));
      }
      return all.toString();
    }
    return String.valueOf(content);
  }

  /**
   * Waits until alumni told the other services that the member with this address may be mailed
   * ({@code alumni.contact-changed} with the address on alumni's topic): reporting surveys a
   * participant only then.
   */
  static void awaitMailableAlumnus(String email) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            EmbeddedInfrastructure.kafkaBootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG,
            "launcher-test-" + java.util.UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest");
    try (KafkaConsumer<String, byte[]> kafka =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      kafka.subscribe(List.of("nexus.alumni.events"));
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                for (var record : kafka.poll(Duration.ofMillis(500))) {
                  String value =
                      new String(record.value(), java.nio.charset.StandardCharsets.UTF_8);
                  if (value.contains("\"alumni.contact-changed\"") && value.contains(email)) {
                    return true;
                  }
                }
                return false;
              });
    }
  }

  static void publish(String topic, String key, IntegrationEvent event, String producer) {
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            EmbeddedInfrastructure.kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG,
            "all");
    try (KafkaProducer<String, byte[]> kafka =
        new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
      kafka
          .send(new ProducerRecord<>(topic, key, CODEC.encode(CODEC.wrap(event, producer, null))))
          .get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("could not publish " + event + " to " + topic, e);
    }
  }
}
