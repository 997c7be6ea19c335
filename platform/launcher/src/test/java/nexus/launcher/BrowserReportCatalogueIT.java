package nexus.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nexus.events.AgreementSigned;
import nexus.events.EventCodec;
import nexus.events.IntegrationEvent;
import nexus.events.PlanAwarded;
import nexus.events.PlanSnapshot;
import nexus.testsupport.EmbeddedInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * Anyone, without signing in, searches the public catalogue of activity reports in a real browser
 * by invited country and course, through the gateway: only published reports that match are listed,
 * a combination nothing matches shows the empty state, a report opens on its own page, and the
 * Japanese catalogue speaks Japanese. The reports come the way they do in production: review awards
 * the plans and contract's agreements are signed (events on Kafka), the host writes each report
 * with consents and reporting staff publish it (through the gateway's API).
 *
 * <p>Other tests of the suite publish reports too; this class's plans are of a fiscal year no other
 * test uses ({@link #YEAR}), and the catalogue is searched within that year, so it holds exactly
 * the reports made here.
 */
@ExtendWith(BrowserReportCatalogueIT.ScreenshotOnFailure.class)
class BrowserReportCatalogueIT {

  /** The fiscal year of this class's plans: only its reports are of this year. */
  static final int YEAR = 2019;

  static WebDriver browser;
  private final Suite suite = RunningSuite.get();
  private final EventCodec codec = new EventCodec();

  @Test
  void anyoneFindsPublishedReportsByCountryAndCourse() {
    BrowserSession host = new BrowserSession(suite.gatewayUrl());
    host.login("/reporting/plans", "applicant", RunningSuite.PASSWORD);
    BrowserSession staff = new BrowserSession(suite.gatewayUrl());
    staff.login("/reporting/dashboard", "staff-reporting", RunningSuite.PASSWORD);

    String hanoi =
        publishedReport(
            host,
            staff,
            "YOUNG_TALENT",
            List.of("VN"),
            "Battery materials with Hanoi",
            "ハノイとの電池材料交流");
    String bangkok =
        publishedReport(
            host,
            staff,
            "MENTOR",
            List.of("TH"),
            "Mentoring water engineers in Bangkok",
            "バンコクの水工学指導");
    String straits =
        publishedReport(
            host,
            staff,
            "YOUNG_TALENT",
            List.of("TH", "MY"),
            "Robotics camp with Thai and Malaysian students",
            "タイ・マレーシア学生とのロボティクス交流");
    // written by the host but not published: a Vietnamese mentor plan, listed nowhere
    String draft =
        writtenReport(
            host,
            awardedPlan("MENTOR", List.of("VN")),
            "Unpublished mentor exchange in Hue",
            "未公開の指導交流");

    browser = Browser.start();
    browser.get(suite.gatewayUrl() + "/reporting/public/reports?lang=en&year=" + YEAR);
    assertThat(browser.getCurrentUrl()).contains("/reporting/public/reports");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Activity reports");
    assertListed(Set.of(hanoi, bangkok, straits));
    assertThat(browser.getPageSource()).doesNotContain("Unpublished mentor exchange");

    // by country: Thailand is invited by two plans, one of them with Malaysia
    search("TH", "");
    assertListed(Set.of(bangkok, straits));
    for (WebElement row : rows()) {
      assertThat(row.getAttribute("data-countries").split(" ")).contains("TH");
    }
    assertThat(row(straits).getAttribute("data-countries")).isEqualTo("MY TH");
    assertThat(row(straits).getText()).contains("Malaysia, Thailand");

    // Viet Nam: only the published plan, not the draft of the same country
    search("VN", "");
    assertListed(Set.of(hanoi));

    // by course alone
    search("", "YOUNG_TALENT");
    assertListed(Set.of(hanoi, straits));
    for (WebElement row : rows()) {
      assertThat(row.getAttribute("data-course")).isEqualTo("YOUNG_TALENT");
    }

    // by both
    search("TH", "MENTOR");
    assertListed(Set.of(bangkok));
    assertThat(row(bangkok).getText()).contains("Mentor course", "Thailand");

    // a combination no published report has (the draft would match it)
    search("VN", "MENTOR");
    assertThat(browser.findElement(By.id("no-results")).getText())
        .isEqualTo("No published report matches these filters.");
    assertThat(browser.findElement(By.id("result-count")).getText()).isEqualTo("0 report(s)");
    assertThat(rows()).isEmpty();

    // a report's own page, from its link in the results
    search("", "");
    assertListed(Set.of(hanoi, bangkok, straits));
    row(straits).findElement(By.cssSelector("a.report-link")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.urlContains("/reporting/public/reports/" + straits));
    assertThat(browser.findElement(By.id("report-title")).getText())
        .isEqualTo("Robotics camp with Thai and Malaysian students");
    assertThat(browser.findElement(By.id("report-body")).getText()).contains("Dr. Aiko Tanaka");
    browser.findElement(By.id("back-to-catalogue")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(d -> !d.getCurrentUrl().contains(straits));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Activity reports");
    assertThat(browser.findElement(By.id("result-count")).getText()).endsWith("report(s)");

    // the unpublished report has no public page either
    HttpResponse<String> hidden =
        new BrowserSession(suite.gatewayUrl()).get("/reporting/public/reports/" + draft);
    assertThat(hidden.statusCode()).isEqualTo(404);

    // in Japanese: labels, titles and countries
    browser.get(suite.gatewayUrl() + "/reporting/public/reports?lang=ja&year=" + YEAR);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("活動報告");
    assertThat(browser.findElement(By.cssSelector("label[for=filter-country]")).getText())
        .isEqualTo("招へい国");
    assertThat(browser.findElement(By.cssSelector("label[for=filter-course]")).getText())
        .isEqualTo("コース");
    assertThat(browser.findElement(By.id("filter-submit")).getText()).isEqualTo("検索");
    search("TH", "MENTOR");
    assertListed(Set.of(bangkok));
    assertThat(browser.findElement(By.id("result-count")).getText()).isEqualTo("1件");
    assertThat(row(bangkok).getText()).contains("バンコクの水工学指導", "タイ", "指導人材交流コース");
    search("VN", "MENTOR");
    assertThat(browser.findElement(By.id("no-results")).getText())
        .isEqualTo("条件に合う公開済みの活動報告はありません。");
  }

  /** An awarded, signed plan whose host wrote its report and staff published it; its id. */
  private String publishedReport(
      BrowserSession host,
      BrowserSession staff,
      String course,
      List<String> countries,
      String titleEn,
      String titleJa) {
    String reportId = writtenReport(host, awardedPlan(course, countries), titleEn, titleJa);
    HttpResponse<String> published =
        staff.request(
            "POST", "/reporting/api/activity-reports/" + reportId + "/publish", null, false);
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertThat(json(published.body()).path("status").asString()).isEqualTo("PUBLISHED");
    return reportId;
  }

  /**
   * Review awards a plan of the demo institution INST-0001 with counterparts in the countries, and
   * the host signs its agreement: both events on Kafka, as the services publish them. Returns the
   * plan id once reporting has both.
   */
  private String awardedPlan(String course, List<String> countries) {
    String planId = "plan-bt-" + UUID.randomUUID();
    LocalDate start = LocalDate.of(YEAR, 7, 1);
    PlanSnapshot snapshot =
        new PlanSnapshot(
            "Materials science",
            start,
            start.plusMonths(5),
            countries.stream()
                .map(c -> new PlanSnapshot.Counterpart("University of " + c, c))
                .toList(),
            List.of(),
            List.of(
                new PlanSnapshot.Person(
                    "Participant of " + countries.getFirst(),
                    LocalDate.of(1998, 4, 1),
                    "GRADUATE_STUDENT",
                    "PARTICIPANT",
                    "University of " + countries.getFirst(),
                    List.of(
                        new PlanSnapshot.Visit(
                            start.plusDays(10), start.plusDays(30), "INVITATION", "Tokyo")))),
            List.of(),
            List.of(new PlanSnapshot.BudgetItem("TRAVEL", "Flights", 2_000_000L)),
            2_000_000L,
            200_000L,
            null,
            "Joint paper",
            "Yearly seminar",
            null,
            List.of());
    Instant awardedAt = Instant.now().minus(Duration.ofDays(30));
    PlanAwarded awarded =
        new PlanAwarded(
            planId,
            "ytec-2025",
            "INST-0001",
            course,
            2_200_000L,
            List.of(),
            awardedAt,
            "Plan " + planId,
            List.of(
                new PlanAwarded.InstitutionAward(
                    "INST-0001", "Demo Institute of Technology", "HOST", 2_200_000L)),
            snapshot);
    AgreementSigned signed =
        new AgreementSigned(
            planId,
            "agr-" + planId,
            "INST-0001",
            "HOST",
            2_200_000L,
            awardedAt.plus(Duration.ofDays(7)));
    send("nexus.review.events", planId, awarded, "review-service");
    send("nexus.contract.events", planId, signed, "contract-service");
    return planId;
  }

  /** The host writes the plan's report once reporting knows the award and signature. */
  private String writtenReport(BrowserSession host, String planId, String titleEn, String titleJa) {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              HttpResponse<String> plan = host.getJson("/reporting/api/plans/" + planId);
              assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
              JsonNode view = json(plan.body());
              assertThat(view.hasNonNull("course")).as(plan.body()).isTrue();
              assertThat(view.hasNonNull("firstSignedAt")).as(plan.body()).isTrue();
            });
    String form =
        codec
            .mapper()
            .writeValueAsString(
                Map.of(
                    "titleEn",
                    titleEn,
                    "titleJa",
                    titleJa,
                    "bodyEn",
                    "Dr. Aiko Tanaka hosted the visitors for three weeks of joint experiments.",
                    "bodyJa",
                    "Dr. Aiko Tanaka が3週間の共同実験で訪問者を受け入れました。",
                    "institutionType",
                    "UNIVERSITY",
                    "people",
                    List.of(Map.of("name", "Dr. Aiko Tanaka", "consented", true))));
    HttpResponse<String> written =
        host.request("PUT", "/reporting/api/plans/" + planId + "/activity-report", form, false);
    assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
    JsonNode report = json(written.body());
    assertThat(report.path("consents").path(0).path("consented").asBoolean()).isTrue();
    return report.path("id").asString();
  }

  private void send(String topic, String planId, IntegrationEvent event, String producer) {
    Properties props = new Properties();
    props.put("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers());
    props.put("key.serializer", StringSerializer.class.getName());
    props.put("value.serializer", ByteArraySerializer.class.getName());
    try (KafkaProducer<String, byte[]> kafka = new KafkaProducer<>(props)) {
      byte[] envelope = codec.encode(codec.wrap(event, producer, null));
      kafka.send(new ProducerRecord<>(topic, planId, envelope)).get();
    } catch (Exception e) {
      throw new IllegalStateException("could not send " + event + " to " + topic, e);
    }
  }

  private JsonNode json(String body) {
    return codec.mapper().readTree(body);
  }

  /** Chooses the filters ("" = any) and submits the form as a visitor would. */
  private void search(String country, String course) {
    new Select(browser.findElement(By.id("filter-country"))).selectByValue(country);
    new Select(browser.findElement(By.id("filter-course"))).selectByValue(course);
    WebElement before = browser.findElement(By.id("result-count"));
    browser.findElement(By.id("filter-submit")).click();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    wait.until(ExpectedConditions.stalenessOf(before));
    wait.until(ExpectedConditions.urlContains("country=" + country + "&"));
    wait.until(ExpectedConditions.urlContains("course=" + course + "&"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("result-count")));
  }

  /** Exactly these reports are listed, and the count says so. */
  private void assertListed(Set<String> reportIds) {
    Set<String> listed =
        rows().stream().map(r -> r.getAttribute("data-report-id")).collect(Collectors.toSet());
    assertThat(listed).isEqualTo(reportIds);
    assertThat(browser.findElement(By.id("result-count")).getText())
        .startsWith(String.valueOf(reportIds.size()));
  }

  /** The result rows on the page now (none, without waiting, when the page shows none). */
  private static List<WebElement> rows() {
    browser.manage().timeouts().implicitlyWait(Duration.ZERO);
    try {
      return browser.findElements(By.cssSelector("#results tr.report-row"));
    } finally {
      browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(15));
    }
  }

  private static WebElement row(String reportId) {
    return browser.findElement(By.id("report-" + reportId));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
    browser = null;
  }

  /** A screenshot of the browser when the test fails (target/screenshots). */
  static final class ScreenshotOnFailure implements AfterTestExecutionCallback {
    @Override
    public void afterTestExecution(ExtensionContext context) {
      if (context.getExecutionException().isEmpty() || browser == null) {
        return;
      }
      Browser.screenshot(browser, context.getRequiredTestMethod().getName());
    }
  }
}
