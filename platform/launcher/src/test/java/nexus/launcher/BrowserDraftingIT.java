package nexus.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import nexus.intake.call.CallCatalog;
import nexus.intake.call.domain.Call;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An applicant drafts a plan in a real browser, step by step: a rule message appears beside the
 * field as they type, they fix it, upload the documents and submit; and a submission sent after the
 * deadline is refused.
 */
@ExtendWith(BrowserDraftingIT.ScreenshotOnFailure.class)
class BrowserDraftingIT {

  static WebDriver browser;
  static WebDriver staff;
  private final Suite suite = RunningSuite.get();
  private final Call call =
      suite.context("intake").getBean(CallCatalog.class).find("ytec-2035").orElseThrow();
  private final LocalDate start = call.exchangeStartFrom().plusDays(14);

  @Test
  void applicantSeesARuleBesideTheFieldFixesItUploadsAndSubmits() {
    browser = Browser.start();
    signIn("/intake/plans/drafts/new?lang=en");
    startDraft("YOUNG_TALENT", "Battery materials exchange with Hanoi");
    basics();
    institutions();

    // participants: 41 on the first day of the exchange, in the young talent course
    type("participants[0].name", "Nguyen Van A");
    setDate("participants[0].birthDate", start.minusYears(41));
    WebElement ageMessage = errorOf("participants[0].birthDate");
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.textToBePresentInElement(ageMessage, "up to 40"));
    assertThat(ageMessage.getText()).contains("Nguyen Van A is 41");

    setDate("participants[0].birthDate", start.minusYears(28));
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> errorOf("participants[0].birthDate").getText().isEmpty());
    choose("participants[0].category", "GRADUATE_STUDENT");
    type("participants[0].affiliation", "VNU Hanoi");
    setDate("participants[0].visits[0].start", start.plusDays(10));
    setDate("participants[0].visits[0].end", start.plusDays(40));
    type("participants[0].visits[0].place", "Tsukuba");
    next();

    budget("3000000", "300000");
    outlook();
    uploadDocuments();

    browser.findElement(By.id("to-review")).click();
    assertThat(waitFor(By.id("ready")).getText()).contains("You can submit");
    browser.findElement(By.id("submit")).click();

    assertThat(waitFor(By.id("submitted")).getText()).contains("submitted");
    assertThat(browser.findElement(By.id("receipt-number")).getText()).matches("YTEC-2035-\\d{5}");
    assertThat(browser.findElement(By.id("plan-status")).getText()).isEqualTo("Submitted");

    // review staff find the case on their dashboard, through Kafka
    String planId = browser.findElement(By.id("plan-id")).getText();
    staff = Browser.start();
    staff.get(suite.gatewayUrl() + "/review/dashboard");
    staff.findElement(By.id("username")).sendKeys("staff-review");
    staff.findElement(By.id("password")).sendKeys(RunningSuite.PASSWORD);
    staff.findElement(By.cssSelector("button[type=submit]")).click();
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () -> {
              staff.navigate().refresh();
              assertThat(staff.getPageSource()).contains(planId);
            });
  }

  @Test
  void aSubmissionSentAfterTheDeadlineIsRefused() {
    browser = Browser.start();
    signIn("/intake/plans/drafts/new?lang=en");
    startDraft("MENTOR", "Late mentor exchange");
    basics();
    institutions();
    type("participants[0].name", "Dr. Siti Rahma");
    setDate("participants[0].birthDate", LocalDate.of(1980, 3, 3));
    choose("participants[0].category", "POSTDOC");
    type("participants[0].affiliation", "Universiti Malaya");
    setDate("participants[0].visits[0].start", start.plusDays(10));
    setDate("participants[0].visits[0].end", start.plusDays(20));
    type("participants[0].visits[0].place", "Sendai");
    next();
    budget("2000000", "200000");
    outlook();
    uploadDocuments();
    browser.findElement(By.id("to-review")).click();
    assertThat(waitFor(By.id("ready")).isDisplayed()).isTrue();

    // the page was opened before the deadline; the click comes after it
    CallCatalog calls = suite.context("intake").getBean(CallCatalog.class);
    LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Tokyo"));
    calls.reschedule("ytec-2035", now.minusDays(2), now.minusSeconds(1), "staff-intake", "test");
    try {
      browser.findElement(By.id("submit")).click();
      assertThat(waitFor(By.id("refused")).getText()).contains("accepts submissions from");
      assertThat(browser.getCurrentUrl()).endsWith("/edit/review");
    } finally {
      calls.reschedule(
          "ytec-2035", now.minusDays(1), now.plusDays(30), "staff-intake", "test done");
    }
    browser.get(browser.getCurrentUrl().replace("/edit/review", ""));
    assertThat(browser.findElement(By.id("plan-status")).getText()).isEqualTo("Draft");
  }

  private void startDraft(String course, String title) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("course")));
    new Select(browser.findElement(By.id("course"))).selectByValue(course);
    browser.findElement(By.id("title")).sendKeys(title);
    browser.findElement(By.id("start")).click();
    wait.until(ExpectedConditions.urlContains("/edit/basics"));
  }

  private void basics() {
    type("field", "materials science");
    setDate("exchangeStart", start);
    setDate("exchangeEnd", start.plusMonths(6));
    next();
  }

  private void institutions() {
    type("counterparts[0].institution", "Vietnam National University, Hanoi");
    type("counterparts[0].country", "VN");
    next();
  }

  private void budget(String travel, String indirect) {
    choose("budgetItems[0].category", "TRAVEL");
    type("budgetItems[0].description", "Flights and accommodation");
    type("budgetItems[0].amountJpy", travel);
    type("indirectJpy", indirect);
    next();
  }

  private void outlook() {
    type("expectedOutcomes", "Joint paper and a shared test bench.");
    type("followUpPlan", "Yearly online seminar; alumni network.");
    next();
  }

  private void uploadDocuments() {
    Path pdf = pdf();
    for (String kind : new String[] {"PLAN", "EXPORT_CONTROL_HOST"}) {
      browser.findElement(By.id("file-" + kind)).sendKeys(pdf.toString());
      browser.findElement(By.id("upload-" + kind)).click();
      assertThat(browser.findElement(By.cssSelector("tr[data-kind='" + kind + "'] a")).getText())
          .endsWith(".pdf");
    }
  }

  private void next() {
    String before = browser.getCurrentUrl();
    browser.findElement(By.id("next")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(d -> !d.getCurrentUrl().equals(before) && d.getCurrentUrl().contains("?saved"));
  }

  /** The element once the page after a click shows it. */
  private WebElement waitFor(By locator) {
    return new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(locator));
  }

  private void type(String name, String value) {
    WebElement field = browser.findElement(By.name(name));
    field.clear();
    field.sendKeys(value);
  }

  private void choose(String name, String value) {
    new Select(browser.findElement(By.name(name))).selectByValue(value);
  }

  /** Date inputs take their value as the user's picker would set it, with its events. */
  private void setDate(String name, LocalDate date) {
    WebElement field = browser.findElement(By.name(name));
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            field,
            date.toString());
  }

  private WebElement errorOf(String field) {
    return browser.findElement(By.cssSelector(".error[data-field='" + field + "']"));
  }

  private void signIn(String path) {
    browser.get(suite.gatewayUrl() + path);
    browser.findElement(By.id("username")).sendKeys(RunningSuite.DRAFTING_PI);
    browser.findElement(By.id("password")).sendKeys(RunningSuite.PASSWORD);
    browser.findElement(By.cssSelector("button[type=submit]")).click();
  }

  /** A small, real PDF: what the content check sees is what a PDF starts with. */
  private static Path pdf() {
    try {
      Path file = Files.createTempFile("plan", ".pdf");
      String body =
          "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
              + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
              + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
              + "trailer<</Root 1 0 R>>\n%%EOF\n";
      Files.writeString(file, body, StandardCharsets.US_ASCII);
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterEach
  void closeBrowsers() {
    for (WebDriver driver : new WebDriver[] {browser, staff}) {
      if (driver != null) {
        driver.quit();
      }
    }
    browser = null;
    staff = null;
  }

  /** A screenshot of the browser when a test fails (target/screenshots). */
  static final class ScreenshotOnFailure implements AfterTestExecutionCallback {
    @Override
    public void afterTestExecution(ExtensionContext context) {
      if (context.getExecutionException().isEmpty()) {
        return;
      }
      String name = context.getRequiredTestMethod().getName();
      if (browser != null) {
        Browser.screenshot(browser, name);
      }
      if (staff != null) {
        Browser.screenshot(staff, name + "-staff");
      }
    }
  }
}
