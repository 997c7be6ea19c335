package nexus.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The walking skeleton in a real browser: sign in at the gateway, be told about a broken rule
 * beside the field, fix it, submit; review staff then find the case on their dashboard.
 */
@ExtendWith(BrowserWalkingSkeletonIT.ScreenshotOnFailure.class)
class BrowserWalkingSkeletonIT {

  static WebDriver applicant;
  static WebDriver staff;
  private final Suite suite = RunningSuite.get();

  @Test
  void applicantFixesARuleViolationSubmitsAndReviewStaffSeeTheCase() {
    applicant = Browser.start();
    signIn(applicant, "/intake/plans/new", "applicant");
    new Select(applicant.findElement(By.id("course"))).selectByValue("YOUNG_TALENT");
    applicant.findElement(By.id("title")).sendKeys("Semiconductor design exchange with Hanoi");
    applicant.findElement(By.id("countries")).sendKeys("VN, US");
    applicant.findElement(By.id("requestedAmountJpy")).sendKeys("6800000");
    applicant.findElement(By.cssSelector("main button[type=submit]")).click();

    String error = applicant.findElement(By.id("countries-error")).getText();
    assertThat(error).contains("US").contains("ASEAN");

    applicant.findElement(By.id("countries")).clear();
    applicant.findElement(By.id("countries")).sendKeys("VN");
    applicant.findElement(By.cssSelector("main button[type=submit]")).click();
    String planId = applicant.findElement(By.id("plan-id")).getText();
    assertThat(planId).startsWith("P-");
    assertThat(applicant.getCurrentUrl()).startsWith(suite.gatewayUrl() + "/intake/plans/P-");

    staff = Browser.start();
    signIn(staff, "/review/dashboard", "staff-review");
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () -> {
              staff.navigate().refresh();
              assertThat(staff.getPageSource()).contains(planId);
            });
  }

  private void signIn(WebDriver browser, String path, String username) {
    browser.get(suite.gatewayUrl() + path);
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(RunningSuite.PASSWORD);
    browser.findElement(By.cssSelector("button[type=submit]")).click();
  }

  @AfterEach
  void closeBrowsers() {
    for (WebDriver driver : new WebDriver[] {applicant, staff}) {
      if (driver != null) {
        driver.quit();
      }
    }
    applicant = null;
    staff = null;
  }

  /**
   * Screenshots of every open browser when a test fails (target/screenshots), taken before the
   * browsers are closed.
   */
  static final class ScreenshotOnFailure implements AfterTestExecutionCallback {
    @Override
    public void afterTestExecution(ExtensionContext context) {
      if (context.getExecutionException().isEmpty()) {
        return;
      }
      String name = context.getRequiredTestMethod().getName();
      if (applicant != null) {
        Browser.screenshot(applicant, name + "-applicant");
      }
      if (staff != null) {
        Browser.screenshot(staff, name + "-staff");
      }
    }
  }
}
