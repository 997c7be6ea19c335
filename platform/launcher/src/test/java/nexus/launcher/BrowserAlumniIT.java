package nexus.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nexus.events.EventCodec;
import nexus.events.ExchangeCompleted;
import nexus.events.ParticipantRecord;
import nexus.events.PlanSnapshot;
import nexus.testsupport.EmbeddedInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
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

/**
 * Two participants of a completed exchange, one from Japan and one from Vietnam, are invited to the
 * alumni association. In a real browser each claims their profile from the link in the e-mail while
 * signed in; the Japanese member hides their institution from other members and consents to be
 * listed; each then finds the other in the directory, and the hidden institution does not show.
 */
@ExtendWith(BrowserAlumniIT.ScreenshotOnFailure.class)
class BrowserAlumniIT {

  private static final Pattern CLAIM_LINK =
      Pattern.compile("(https?://\\S+/alumni/public/claim/[A-Za-z0-9_\\-]+)");

  static WebDriver japanese;
  static WebDriver vietnamese;
  private final Suite suite = RunningSuite.get();

  @Test
  void membersClaimFromTheLinkSetVisibilityAndFindEachOtherInTheDirectory() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String field = "semiconductor design " + run;
    ParticipantRecord sato =
        new ParticipantRecord(
            "P-1",
            "Sato Hanako " + run,
            "sato-" + run + "@tsukuba.example",
            "JP",
            "University of Tsukuba " + run,
            "RESEARCHER",
            "PARTICIPANT",
            "DISPATCH");
    ParticipantRecord nguyen =
        new ParticipantRecord(
            "P-2",
            "Nguyen Thi Lan " + run,
            "nguyen-" + run + "@vnu.example",
            "VN",
            "VNU Hanoi " + run,
            "GRADUATE_STUDENT",
            "PARTICIPANT",
            "INVITATION");
    complete("PLN-" + run, field, List.of(sato, nguyen));

    String satoLink = claimLinkSentTo(sato.email());
    String nguyenLink = claimLinkSentTo(nguyen.email());

    // the Japanese member claims with a login they already have (no role yet)
    japanese = Browser.start();
    signIn(japanese, "newcomer");
    claim(japanese, satoLink);

    // home: the institution for staff only, listed in the directory
    japanese.findElement(By.id("claim-continue")).click();
    waitFor(japanese, By.id("profile-form"));
    assertThat(japanese.findElement(By.id("profile-name")).getAttribute("value"))
        .isEqualTo(sato.name());
    new Select(japanese.findElement(By.id("visibility-INSTITUTION"))).selectByValue("STAFF");
    WebElement listed = japanese.findElement(By.id("consent-listed"));
    if (!listed.isSelected()) {
      listed.click();
    }
    japanese.findElement(By.id("profile-save")).click();
    assertThat(waitFor(japanese, By.id("profile-saved")).isDisplayed()).isTrue();
    assertThat(
            new Select(japanese.findElement(By.id("visibility-INSTITUTION")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("STAFF");
    assertThat(japanese.findElement(By.id("consent-listed")).isSelected()).isTrue();

    // the Vietnamese member claims too, with the demo alumnus login, and is listed
    vietnamese = Browser.start();
    signIn(vietnamese, "alumnus");
    claim(vietnamese, nguyenLink);

    // the Japanese member finds the Vietnamese member by country and field
    japanese.get(suite.gatewayUrl() + "/alumni/directory?lang=en");
    search(japanese, "VN", field);
    List<WebElement> rows =
        japanese.findElements(By.cssSelector("#directory-results tr[data-member-id]"));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getText()).contains(nguyen.name());
    rows.get(0).findElement(By.tagName("a")).click();
    assertThat(waitFor(japanese, By.id("member-name")).getText()).isEqualTo(nguyen.name());
    assertThat(japanese.findElement(By.id("member-country")).getText()).isEqualTo("VN");
    assertThat(japanese.findElement(By.id("member-institution")).getText())
        .isEqualTo(nguyen.affiliation());

    // and the Vietnamese member finds the Japanese one, without the staff-only institution
    vietnamese.get(suite.gatewayUrl() + "/alumni/directory?lang=en");
    search(vietnamese, "JP", field);
    List<WebElement> found =
        vietnamese.findElements(By.cssSelector("#directory-results tr[data-member-id]"));
    assertThat(found).hasSize(1);
    assertThat(vietnamese.getPageSource()).doesNotContain(sato.affiliation());
    found.get(0).findElement(By.tagName("a")).click();
    assertThat(waitFor(vietnamese, By.id("member-name")).getText()).isEqualTo(sato.name());
    assertThat(vietnamese.findElement(By.id("member-country")).getText()).isEqualTo("JP");
    assertThat(absent(vietnamese, By.id("member-institution"))).isTrue();
    assertThat(vietnamese.getPageSource()).doesNotContain(sato.affiliation());

    // a filter on the hidden field cannot reveal it either
    vietnamese.get(suite.gatewayUrl() + "/alumni/directory?lang=en");
    WebElement institution = waitFor(vietnamese, By.id("filter-institution"));
    institution.sendKeys(sato.affiliation());
    vietnamese.findElement(By.id("filter-submit")).click();
    assertThat(waitFor(vietnamese, By.id("directory-empty")).isDisplayed()).isTrue();
  }

  /** What reporting publishes when an exchange is complete. */
  private static void complete(String planId, String field, List<ParticipantRecord> participants) {
    ExchangeCompleted completed =
        new ExchangeCompleted(
            planId,
            "ytec-2035",
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
    EventCodec codec = new EventCodec();
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            EmbeddedInfrastructure.kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG,
            "all");
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
      producer
          .send(
              new ProducerRecord<>(
                  "nexus.reporting.events",
                  planId,
                  codec.encode(codec.wrap(completed, "reporting-service", null))))
          .get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("could not publish the completion", e);
    }
  }

  /** The claim link of the invitation e-mail sent to this address. */
  private static String claimLinkSentTo(String email) {
    return await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> linkIn(email), Optional::isPresent)
        .orElseThrow();
  }

  private static Optional<String> linkIn(String email) throws MessagingException, IOException {
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

  /** Signs in on the gateway's home page. */
  private void signIn(WebDriver driver, String username) {
    driver.get(suite.gatewayUrl() + "/?lang=en");
    driver.findElement(By.id("login")).click();
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(RunningSuite.PASSWORD);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(d -> d.getCurrentUrl().startsWith(suite.gatewayUrl()));
  }

  /** Opens the link while signed in: the profile is bound to this login, listed, with mail. */
  private static void claim(WebDriver driver, String link) {
    driver.get(link + (link.contains("?") ? "&" : "?") + "lang=en");
    assertThat(waitFor(driver, By.id("claim-signed-in")).isDisplayed()).isTrue();
    assertThat(absent(driver, By.id("claim-password"))).isTrue();
    driver.findElement(By.id("claim-listed")).click();
    driver.findElement(By.id("claim-mail")).click();
    driver.findElement(By.id("claim-submit")).click();
    assertThat(waitFor(driver, By.id("claim-done")).isDisplayed()).isTrue();
  }

  private static void search(WebDriver driver, String country, String field) {
    waitFor(driver, By.id("filter-country")).sendKeys(country);
    driver.findElement(By.id("filter-field")).sendKeys(field);
    driver.findElement(By.id("filter-submit")).click();
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.urlContains("country=" + country));
  }

  private static WebElement waitFor(WebDriver driver, By locator) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(locator));
  }

  /** Whether the loaded page lacks the element (without waiting for it to appear). */
  private static boolean absent(WebDriver driver, By locator) {
    driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    try {
      return driver.findElements(locator).isEmpty();
    } finally {
      driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(15));
    }
  }

  @AfterEach
  void closeBrowsers() {
    for (WebDriver driver : new WebDriver[] {japanese, vietnamese}) {
      if (driver != null) {
        driver.quit();
      }
    }
    japanese = null;
    vietnamese = null;
  }

  /** A screenshot of each browser when the test fails (target/screenshots). */
  static final class ScreenshotOnFailure implements AfterTestExecutionCallback {
    @Override
    public void afterTestExecution(ExtensionContext context) {
      if (context.getExecutionException().isEmpty()) {
        return;
      }
      String name = context.getRequiredTestMethod().getName();
      if (japanese != null) {
        Browser.screenshot(japanese, name + "-japanese");
      }
      if (vietnamese != null) {
        Browser.screenshot(vietnamese, name + "-vietnamese");
      }
    }
  }
}
