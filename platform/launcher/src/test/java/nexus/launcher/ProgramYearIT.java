package nexus.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nexus.intake.call.CallCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One program year, told as one story through the gateway's pages in headless Chromium, each step
 * by the people who do it: intake staff copy last year's call and open it; a researcher signs up,
 * registers and verifies the host institution, and as its applicant drafts a plan, is told about a
 * broken rule beside the field, fixes it, uploads the documents and submits, a second applicant
 * submits too, and a third, too late, is refused; review staff load the export control list, clear
 * a hit and screen the cases, reviewers are assigned and score, the awards are decided and the
 * applicants see the result; contract staff approve the work plan, both sides sign, a payment
 * requested by one staff member is approved by another; the host hands in the participant list, an
 * incident, the outcome and accounting reports; the settlement asks for a refund; the participants
 * become alumni and one claims a profile; a follow-up survey campaign is launched and answered; and
 * the statistics show the year.
 *
 * <p>The steps run in order and share what earlier steps made; after a failed step the rest are
 * skipped, and every open browser's screenshot and page source are saved under {@code
 * target/program-year/}. The exchange lies in the past (it ended two months ago), so the survey of
 * the following year may ask about it without any clock being faked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(ProgramYearIT.Story.class)
class ProgramYearIT {

  static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  /**
   * The browser of the host's PI, who signs up and registers the host institution in step 2 (their
   * login is their e-mail address): the awarded applicant of the year.
   */
  static final String HOST = "host-pi";

  static final String HOST_NAME = "Tanaka Hiroshi";
  static final String KANTO = "Kanto Institute of Technology";

  /** The browser of the newcomer who signs up in step 5 (their login is their e-mail address). */
  static final String LATE = "late-newcomer";

  /** What people who created their own account sign in with, by browser. */
  static final Map<String, List<String>> createdAccounts = new LinkedHashMap<>();

  static final String HANOI = "Vietnam National University, Hanoi";
  static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private static final Pattern CLAIM_LINK =
      Pattern.compile("(https?://\\S+/alumni/public/claim/[A-Za-z0-9_\\-]+)");
  private static final Pattern SIGN_UP_LINK =
      Pattern.compile("(https?://\\S+/signup/verify\\?token=[\\w-]+)");
  private static final Pattern INSTITUTION_LINK =
      Pattern.compile("(https?://\\S+/intake/institution/verify\\?token=[\\w-]+)");
  private static final Pattern SURVEY_LINK =
      Pattern.compile("(https?://\\S+/reporting/public/surveys/[A-Za-z0-9_\\-]+)");

  /** The browsers of everyone taking part, by login; all open browsers are saved on failure. */
  static final Map<String, WebDriver> browsers = new LinkedHashMap<>();

  private final Suite suite = RunningSuite.get();

  // the year: this year's call, a copy of 2025's, for an exchange that ended two months ago
  private final LocalDate today = LocalDate.now(JAPAN);
  private final int year = today.getYear();
  private final String callId = "ytec-" + year;
  private final LocalDate start = today.minusMonths(7);
  private final LocalDate end = today.minusMonths(2);
  private final int surveyYear = end.getYear() + 1;
  private final String run = Long.toString(System.nanoTime(), 36);
  private final String nguyen = "Nguyen Thi Mai";
  private final String nguyenEmail = "mai-" + run + "@vnu.example";
  private final String sato = "Sato Kenji";
  private final String satoEmail = "sato-" + run + "@kanto-tech.example";
  private final String hostEmail = "tanaka-" + run + "@kanto-tech.example";

  // what the steps learn
  private String planA;
  private String planB;
  private String campaignId;

  @Test
  @Order(1)
  void staffIntakeCopyLastYearsCallAndOpenItNow() {
    WebDriver staff = as("staff-intake", "/intake/dashboard");
    WebElement row = el(staff, By.cssSelector("#calls tr[data-call-id='ytec-2025']"));
    WebElement fiscalYear = row.findElement(By.name("fiscalYear"));
    fiscalYear.clear();
    fiscalYear.sendKeys(String.valueOf(year));
    press(staff, row.findElement(By.cssSelector("form[action$='/copy'] button")));
    waitForUrl(staff, "/intake/calls/" + callId + "/edit");

    // the window opens now and closes tomorrow; the exchange bounds fit the year's exchanges
    LocalDateTime now = LocalDateTime.now(JAPAN).truncatedTo(ChronoUnit.MINUTES);
    setValue(staff, By.id("opensAt"), now.minusHours(1).format(MINUTES));
    setValue(staff, By.id("closesAt"), now.plusDays(1).format(MINUTES));
    setValue(staff, By.id("exchangeStartFrom"), start.minusMonths(1).toString());
    setValue(staff, By.id("exchangeStartUntil"), start.plusMonths(1).toString());
    setValue(staff, By.id("exchangeEndBy"), end.plusMonths(1).toString());
    type(staff, By.id("reason"), "Call of " + year + ": open now, for this year's exchanges");
    el(staff, By.id("confirm")).click();
    press(staff, By.id("save-call"));

    assertThat(el(staff, By.id("call-saved")).getText()).contains(callId);
    WebElement copy = el(staff, By.cssSelector("#calls tr[data-call-id='" + callId + "']"));
    assertThat(copy.getText()).contains("Open");
  }

  @Test
  @Order(2)
  void aResearcherSignsUpAndRegistersAndVerifiesTheHostInstitution() {
    WebDriver pi =
        signUpAndRegister(
            HOST, hostEmail, HOST_NAME, "関東工業大学 " + run, KANTO + " " + run, "UNIVERSITY");
    pi.get(url("/intake/institution"));
    assertThat(text(pi, By.id("institution"))).contains(KANTO + " " + run);
    assertThat(text(pi, By.id("status"))).isEqualTo("Active");
  }

  @Test
  @Order(3)
  void anApplicantIsToldOfABrokenRuleFixesItUploadsAndSubmits() {
    WebDriver pi = as(HOST, "/intake/plans/drafts/new");
    startDraft(pi, "YOUNG_TALENT", "Solid-state battery materials with Hanoi " + run);
    basics(pi);
    institutions(pi, HANOI, "VN");

    // a participant of 41 on the first day, in the young talent course (up to 40)
    type(pi, By.name("participants[0].name"), nguyen);
    setValue(pi, By.name("participants[0].birthDate"), start.minusYears(41).toString());
    WebElement age = errorOf(pi, "participants[0].birthDate");
    new WebDriverWait(pi, Duration.ofSeconds(10))
        .until(ExpectedConditions.textToBePresentInElement(age, "up to 40"));
    assertThat(age.getText()).contains(nguyen + " is 41");

    setValue(pi, By.name("participants[0].birthDate"), start.minusYears(29).toString());
    new WebDriverWait(pi, Duration.ofSeconds(10))
        .until(d -> errorOf(d, "participants[0].birthDate").getText().isEmpty());
    participant(pi, "GRADUATE_STUDENT", HANOI, 10, 39, "Tsukuba");
    budget(pi, "3000000", "300000");
    outlook(pi);
    uploadDocuments(pi);
    planA = submit(pi);
  }

  @Test
  @Order(4)
  void aSecondApplicantSubmits() {
    WebDriver pi = as(RunningSuite.YEAR_PI2, "/intake/plans/drafts/new");
    startDraft(pi, "YOUNG_TALENT", "Coral reef sensing with Bangkok " + run);
    basics(pi);
    institutions(pi, "Chulalongkorn University, Faculty of Science", "TH");
    type(pi, By.name("participants[0].name"), "Somchai Wongsa");
    setValue(pi, By.name("participants[0].birthDate"), start.minusYears(31).toString());
    participant(pi, "POSTDOC", "Chulalongkorn University", 20, 49, "Kobe");
    budget(pi, "2500000", "250000");
    outlook(pi);
    uploadDocuments(pi);
    planB = submit(pi);
  }

  @Test
  @Order(5)
  void aNewcomerSignsUpRegistersAnInstitutionButSubmitsAfterTheDeadline() {
    // a researcher without an account signs up and registers the host institution...
    WebDriver late =
        signUpAndRegister(
            LATE,
            "late-" + run + "@hokuriku-kosen.example",
            "Hokuriku Newcomer",
            "北陸工業高等専門学校 " + run,
            "Hokuriku College of Technology " + run,
            "TECHNICAL_COLLEGE");

    // ...and drafts a mentor plan up to the review step
    late.get(url("/intake/plans/drafts/new"));
    startDraft(late, "MENTOR", "Late mentoring exchange " + run);
    basics(late);
    institutions(late, "Universiti Malaya", "MY");
    type(late, By.name("participants[0].name"), "Dr. Siti Rahma");
    setValue(late, By.name("participants[0].birthDate"), LocalDate.of(1980, 3, 3).toString());
    participant(late, "POSTDOC", "Universiti Malaya", 10, 20, "Sendai");
    budget(late, "2000000", "200000");
    outlook(late);
    uploadDocuments(late);
    press(late, By.id("to-review"));
    assertThat(el(late, By.id("ready")).getText()).contains("You can submit");

    // the deadline passes: intake staff close the window on their dashboard
    WebDriver staff = as("staff-intake", "/intake/dashboard");
    WebElement row = el(staff, By.cssSelector("#calls tr[data-call-id='" + callId + "']"));
    LocalDateTime now = LocalDateTime.now(JAPAN).truncatedTo(ChronoUnit.MINUTES);
    WebElement window = row.findElement(By.cssSelector("form[action$='/window']"));
    setValue(staff, window.findElement(By.name("opensAt")), now.minusHours(2).format(MINUTES));
    setValue(staff, window.findElement(By.name("closesAt")), now.minusMinutes(1).format(MINUTES));
    window.findElement(By.name("reason")).sendKeys("Deadline of the " + year + " call");
    // the page asks first, in full, apostrophe and all
    WebElement save = window.findElement(By.cssSelector("button[type=submit]"));
    save.click();
    org.openqa.selenium.Alert question =
        new WebDriverWait(staff, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
    assertThat(question.getText()).startsWith("Move this call's application window?");
    question.accept();
    new WebDriverWait(staff, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(save));
    assertThat(el(staff, By.id("window-moved")).getText()).contains(callId);
    assertThat(el(staff, By.cssSelector("#calls tr[data-call-id='" + callId + "']")).getText())
        .contains("Closed");

    // the page was opened before the deadline; the click comes after it
    press(late, By.id("submit"));
    assertThat(el(late, By.id("refused")).getText()).contains("accepts submissions from");
    late.get(late.getCurrentUrl().replace("/edit/review", ""));
    assertThat(el(late, By.id("plan-status")).getText()).isEqualTo("Draft");
    done(LATE, "staff-intake");
  }

  @Test
  @Order(6)
  void reviewStaffLoadTheExportControlListClearAHitAndScreen() {
    WebDriver staff = as("staff-review", "/review/dashboard");
    for (String plan : List.of(planA, planB)) {
      refreshUntil(staff, "/review/cases/" + plan, d -> present(d, By.id("case-status")));
    }

    staff.get(url("/review/export-control"));
    Path list =
        tempFile(
            "end-user-list",
            ".csv",
            "Country or Region,Company or Organization Name,Also Known As,Type of WMD\n"
                + "Thailand,Chulalongkorn University,,Chemical\n"
                + "Iran,Example Missile Industries,EMI,Missile\n");
    el(staff, By.cssSelector("input[type=file][name=file]")).sendKeys(list.toString());
    clickAndConfirm(staff, el(staff, By.cssSelector("form[enctype='multipart/form-data'] button")));
    assertThat(el(staff, By.id("current-list")).getText()).contains("2");

    // the second plan's counterpart is a faculty of a listed university: a hit, cleared by staff
    refreshUntil(
        staff,
        "/review/cases/" + planB,
        d -> present(d, By.id("hits")) && text(d, By.id("hits")).contains("Chulalongkorn"));
    type(staff, By.id("note"), "Faculty of Science: civil marine research, end use confirmed");
    press(staff, By.cssSelector("#export-control button[value=CLEAR]"));
    assertThat(el(staff, By.id("export-control")).getText()).contains("Hit cleared by staff");

    for (String plan : List.of(planA, planB)) {
      staff.get(url("/review/cases/" + plan));
      press(staff, By.cssSelector("#screening button[type=submit]"));
      waitUntil(staff, d -> text(d, By.id("case-status")).equals("Eligible"));
    }
  }

  @Test
  @Order(7)
  void reviewersAreAssignedAndScore() {
    WebDriver staff = as("staff-review", "/review/reviewers");
    addReviewer(staff, "reviewer", "Demo Reviewer", "Tohoku University");
    addReviewer(staff, "reviewer2", "Second Reviewer", "Kyushu University");

    staff.get(url("/review/calls/" + callId));
    type(staff, By.id("k"), "2");
    setValue(
        staff,
        By.id("deadline"),
        LocalDateTime.now(JAPAN).plusDays(7).truncatedTo(ChronoUnit.MINUTES).format(MINUTES));
    type(staff, By.id("budget"), "10000000");
    type(staff, By.id("target"), "1");
    press(staff, By.cssSelector("#settings button[type=submit]"));
    press(staff, By.cssSelector("#assignment button[type=submit]"));
    assertThat(el(staff, By.id("assignment-summary")).getText()).isNotBlank();

    score("reviewer", Map.of(planA, "5", planB, "3"));
    score("reviewer2", Map.of(planA, "4", planB, "2"));
  }

  @Test
  @Order(8)
  void reviewStaffDecideTheAwards() {
    WebDriver staff = as("staff-review", "/review/calls/" + callId);
    List<WebElement> ranked = staff.findElements(By.cssSelector("#ranking tr[data-plan-id]"));
    assertThat(ranked)
        .extracting(r -> r.getAttribute("data-plan-id"))
        .containsExactly(planA, planB);

    press(staff, By.cssSelector("form[action$='/awards/proposal'] button"));
    WebElement awards = el(staff, By.id("proposal-summary"));
    assertThat(awards.getText()).isNotBlank();
    String selected = text(staff, By.id("awards"));
    assertThat(selected).contains(planA).contains("3,300,000 JPY");
    clickAndConfirm(staff, el(staff, By.cssSelector("form[action$='/awards/finalise'] button")));
    assertThat(el(staff, By.id("finalised")).getText()).contains("final");
  }

  @Test
  @Order(9)
  void theApplicantsSeeTheResult() {
    WebDriver pi = as(HOST, "/intake/plans/" + planA);
    refreshUntil(
        pi,
        "/intake/plans/" + planA,
        d -> present(d, By.cssSelector("#timeline li[data-type='plan.awarded']")));
    assertThat(text(pi, By.cssSelector("#timeline li[data-type='plan.awarded']")))
        .contains("Awarded")
        .contains("3,300,000");

    WebDriver second = as(RunningSuite.YEAR_PI2, "/intake/plans/" + planB);
    refreshUntil(
        second,
        "/intake/plans/" + planB,
        d -> present(d, By.cssSelector("#timeline li[data-type='plan.not-selected']")));
    assertThat(text(second, By.cssSelector("#timeline li[data-type='plan.not-selected']")))
        .contains("Not selected");
    done(RunningSuite.YEAR_PI2, "staff-review", "reviewer", "reviewer2");
  }

  @Test
  @Order(10)
  void workPlanAgreementAndAPaymentApprovedByASecondStaffMember() {
    // the host hands in the work plan, pre-filled from the awarded plan
    WebDriver pi = as(HOST, "/contract/my/cases/" + planA);
    refreshUntil(pi, "/contract/my/cases/" + planA, d -> present(d, By.id("work-plan-form")));
    press(pi, By.cssSelector("#work-plan-form button[type=submit]"));
    waitUntil(pi, d -> text(d, By.id("work-plan-status")).startsWith("Submitted"));

    WebDriver staff = as("staff-contract", "/contract/cases/" + planA);
    el(staff, By.cssSelector("#work-plan input[name=confirm]")).click();
    press(staff, By.cssSelector("#work-plan button[name=approve][value=true]"));
    waitUntil(staff, d -> text(d, By.id("work-plan-status")).equals("Approved"));

    // the institution signs the agreement it read, then the agency countersigns
    pi.get(url("/contract/my/cases/" + planA));
    el(pi, By.cssSelector("#agreements input[name=confirm]")).click();
    press(pi, By.cssSelector("#agreements button[type=submit]"));
    assertThat(present(pi, By.cssSelector("#agreements form[action$='/sign']"))).isFalse();

    staff.get(url("/contract/cases/" + planA));
    assertThat(text(staff, By.id("agreements"))).contains(HOST_NAME);
    el(staff, By.cssSelector("#agreements form[action$='/sign'] input[name=confirm]")).click();
    press(staff, By.cssSelector("#agreements form[action$='/sign'] button"));
    pi.get(url("/contract/my/cases/" + planA));
    assertThat(text(pi, By.id("agreements"))).contains("Signed");

    // the advance: requested by one staff member...
    WebElement request = el(staff, By.cssSelector("#agreements form[action$='/payments']"));
    request.findElement(By.name("bankCode")).sendKeys("0001");
    request.findElement(By.name("bankName")).sendKeys("Mizuho Bank");
    request.findElement(By.name("branchCode")).sendKeys("100");
    request.findElement(By.name("branchName")).sendKeys("Tokyo Main Office");
    request.findElement(By.name("accountNumber")).sendKeys("1234567");
    request.findElement(By.name("holderKana")).sendKeys("ｶﾝﾄｳｺｳｷﾞﾖｳﾀﾞｲｶﾞｸ");
    press(staff, request.findElement(By.cssSelector("button[type=submit]")));
    assertThat(el(staff, By.id("payments")).getText()).contains("Awaiting approval");

    // ...who cannot approve it themselves
    el(staff, By.cssSelector("form[action$='/approve'] input[name=confirm]")).click();
    press(staff, By.cssSelector("form[action$='/approve'] button"));
    assertThat(el(staff, By.id("error")).getText()).contains("cannot approve it");
    staff.get(url("/contract/cases/" + planA));
    assertThat(text(staff, By.id("payments"))).contains("Awaiting approval");

    // a colleague approves, and the transfer is recorded
    WebDriver second = as("staff-contract2", "/contract/cases/" + planA);
    el(second, By.cssSelector("form[action$='/approve'] input[name=confirm]")).click();
    press(second, By.cssSelector("form[action$='/approve'] button"));
    waitUntil(second, d -> text(d, By.id("payments")).contains("Approved, awaiting transfer"));
    el(second, By.cssSelector("form[action$='/disburse'] input[name=confirm]")).click();
    press(second, By.cssSelector("form[action$='/disburse'] button"));
    waitUntil(second, d -> text(d, By.id("payments")).contains("Paid"));

    pi.get(url("/contract/my/cases/" + planA));
    assertThat(text(pi, By.cssSelector("#payments .payment-status"))).isEqualTo("Paid");
    assertThat(text(pi, By.id("payments"))).contains("3,300,000");
  }

  @Test
  @Order(11)
  void theHostReportsParticipantsAnIncidentTheOutcomeAndTheAccounts() {
    WebDriver pi = as(HOST, "/reporting/plans/" + planA);
    refreshUntil(pi, "/reporting/plans/" + planA, d -> present(d, By.id("duties")));

    // the participant list, pre-filled from the awarded plan: the host adds addresses, the safety
    // checklist and a Japanese researcher who went to Hanoi
    pi.get(url("/reporting/plans/" + planA + "/participant-list"));
    assertThat(el(pi, By.id("person-0-name")).getAttribute("value")).isEqualTo(nguyen);
    assertThat(el(pi, By.id("person-0-country")).getAttribute("value")).isEqualTo("VN");
    type(pi, By.id("person-0-email"), nguyenEmail);
    safety(pi, 0, false);
    press(pi, By.id("add-person"));
    type(pi, By.id("person-1-name"), sato);
    type(pi, By.id("person-1-email"), satoEmail);
    setValue(pi, By.id("person-1-birth-date"), start.minusYears(38).toString());
    type(pi, By.id("person-1-country"), "JP");
    type(pi, By.id("person-1-affiliation"), KANTO);
    choose(pi, By.id("person-1-category"), "FACULTY");
    choose(pi, By.id("person-1-role"), "PARTICIPANT");
    setValue(pi, By.id("person-1-visit-0-start"), start.plusDays(60).toString());
    setValue(pi, By.id("person-1-visit-0-end"), start.plusDays(74).toString());
    choose(pi, By.id("person-1-visit-0-direction"), "DISPATCH");
    type(pi, By.id("person-1-visit-0-place"), "Hanoi");
    safety(pi, 1, true);
    press(pi, By.id("save-participant-list"));
    assertThat(el(pi, By.id("confirmation")).isDisplayed()).isTrue();
    pi.get(url("/reporting/plans/" + planA));
    assertThat(text(pi, By.id("participants"))).contains(nguyen, "30", sato, "15");

    // an incident during the exchange, on the host's form
    new Select(el(pi, By.id("severity"))).selectByValue("MINOR");
    setValue(pi, By.id("occurredAt"), start.plusDays(15).atTime(14, 30).format(MINUTES));
    type(pi, By.id("place"), "Tsukuba campus laboratory " + run);
    type(pi, By.id("what"), "A participant cut a finger while preparing battery samples.");
    type(pi, By.id("harmed"), nguyen + ", minor cut");
    type(pi, By.id("actions"), "First aid on site; the lab's safety briefing was repeated.");
    clickAndConfirm(pi, el(pi, By.id("incident-submit")));
    assertThat(el(pi, By.id("incident-reported")).isDisplayed()).isTrue();

    // the outcome report, on the host's form
    type(pi, By.id("summary"), "Thirty days of joint experiments on solid electrolytes.");
    type(pi, By.id("outcomes"), "A joint paper submitted; a shared test bench.");
    type(pi, By.id("partnerContribution"), "VNU Hanoi prepared the samples.");
    type(pi, By.id("followUp"), "A yearly online seminar and a return visit.");
    clickAndConfirm(pi, el(pi, By.id("outcome-submit")));
    assertThat(el(pi, By.id("outcome-sent")).isDisplayed()).isTrue();

    // the accounting report: the sightseeing line will not be funded
    pi.get(url("/reporting/plans/" + planA + "/accounting-report"));
    type(pi, By.id("line-III-0-description"), "Flights and stay");
    type(pi, By.id("line-III-0-amount"), "2400000");
    type(pi, By.id("line-IV-0-description"), "Sightseeing tour for the visitors");
    type(pi, By.id("line-IV-0-amount"), "100000");
    type(pi, By.id("indirect"), "250000");
    clickAndConfirm(pi, el(pi, By.id("save-accounting-report")));
    assertThat(el(pi, By.id("confirmation")).isDisplayed()).isTrue();
    assertThat(el(pi, By.id("accounting-report-state")).getAttribute("data-state"))
        .isEqualTo("SUBMITTED");

    // reporting staff are alerted of the incident and decide on the reports
    WebDriver staff = as("staff-reporting", "/reporting/dashboard");
    refreshUntil(
        staff,
        "/reporting/dashboard",
        d ->
            present(d, By.id("incident-banner"))
                && text(d, By.id("incident-banner")).contains("Tsukuba campus laboratory " + run));
    staff.get(url("/reporting/obligations/" + planA));
    clickAndConfirm(
        staff, el(staff, By.cssSelector("#outcome-report button[name=accept][value=true]")));
    el(staff, By.id("accounting-reports"));
    clickAndConfirm(
        staff, el(staff, By.cssSelector("#accounting-reports button[name=accept][value=true]")));
    WebElement reports = el(staff, By.id("accounting-reports"));
    assertThat(present(staff, By.cssSelector("#accounting-reports button[name=accept]"))).isFalse();
    assertThat(reports.getText()).contains("2,400,000", "100,000", "250,000");
    assertThat(present(staff, By.cssSelector("#outcome-report button[name=accept]"))).isFalse();
  }

  @Test
  @Order(12)
  void theSettlementAsksForARefundAndStaffConfirmIt() {
    // eligible: 2,400,000 direct (the sightseeing line is not fundable) + 240,000 indirect (10 %)
    // of an advance of 3,300,000: 660,000 to return
    WebDriver staff = as("staff-contract", "/contract/cases/" + planA);
    refreshUntil(staff, "/contract/cases/" + planA, d -> present(d, By.id("settlements")));
    assertThat(text(staff, By.cssSelector("#settlements .refund"))).isEqualTo("660,000");
    assertThat(text(staff, By.id("settlements"))).contains("Awaiting the refund");

    WebDriver pi = as(HOST, "/contract/my/cases/" + planA);
    assertThat(text(pi, By.cssSelector("#settlements .refund"))).isEqualTo("660,000");

    staff
        .findElement(By.cssSelector("form[action$='/refund-received'] input[name=confirm]"))
        .click();
    press(staff, By.cssSelector("form[action$='/refund-received'] button"));
    waitUntil(staff, d -> text(d, By.id("settlements")).contains("Settled"));
    pi.get(url("/contract/my/cases/" + planA));
    assertThat(text(pi, By.id("settlements"))).contains("Settled").contains("660,000");
  }

  @Test
  @Order(13)
  void theParticipantsBecomeAlumniAndOneClaimsAProfile() {
    String link = linkSentTo(nguyenEmail, CLAIM_LINK, Duration.ofSeconds(90));
    linkSentTo(satoEmail, CLAIM_LINK, Duration.ofSeconds(30));

    // she opens the link from the mail, signs in from the claim page and is back on it
    WebDriver alumna = browser(RunningSuite.YEAR_ALUMNA);
    alumna.get(link + "?lang=en");
    press(alumna, By.id("claim-sign-in"));
    signIn(alumna, RunningSuite.YEAR_ALUMNA);
    assertThat(el(alumna, By.id("claim-signed-in")).isDisplayed()).isTrue();
    el(alumna, By.id("claim-listed")).click();
    el(alumna, By.id("claim-mail")).click();
    press(alumna, By.id("claim-submit"));
    assertThat(el(alumna, By.id("claim-done")).isDisplayed()).isTrue();
    press(alumna, By.id("claim-continue"));
    assertThat(el(alumna, By.id("profile-name")).getAttribute("value")).isEqualTo(nguyen);
    assertThat(text(alumna, By.id("profile-exchanges"))).contains(callId.substring(5));
    // with her consent alumni tells reporting where she may be surveyed
    SuiteSeeds.awaitMailableAlumnus(nguyenEmail);
  }

  @Test
  @Order(14)
  void aFollowUpSurveyIsLaunchedAndTheResponseRateMoves() throws Exception {
    WebDriver staff = as("staff-reporting", "/reporting/surveys");
    // reporting staff define the survey...
    staff.get(url("/reporting/surveys/definitions/new"));
    type(staff, By.id("title-ja"), "追跡調査 " + run);
    type(staff, By.id("title-en"), "Follow-up survey " + run);
    type(staff, By.id("question-0-id"), "joint");
    choose(staff, By.id("question-0-kind"), "CHOICE");
    type(staff, By.id("question-0-text-ja"), "共同研究を続けていますか");
    type(staff, By.id("question-0-text-en"), "Do you continue the joint research?");
    type(staff, By.id("question-0-choices"), "YES | はい | Yes\nNO | いいえ | No");
    check(staff, By.id("question-0-required"));
    choose(staff, By.id("question-0-indicator"), "JOINT_RESEARCH");
    press(staff, By.id("save-definition"));
    waitForUrl(staff, "created=");
    String definitionId = staff.getCurrentUrl().replaceAll(".*created=([^&]+).*", "$1");

    // ...schedule the campaign of the year after the exchange, for the PIs and participants...
    press(staff, By.cssSelector("#definition-" + definitionId + " a.new-campaign-link"));
    assertThat(
            new Select(el(staff, By.id("campaign-definition")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo(definitionId);
    type(staff, By.id("campaign-year"), String.valueOf(surveyYear));
    assertThat(el(staff, By.id("campaign-target-pi")).isSelected()).isTrue();
    assertThat(el(staff, By.id("campaign-target-participant")).isSelected()).isTrue();
    press(staff, By.id("save-campaign"));
    waitForUrl(staff, "?created");
    campaignId = staff.getCurrentUrl().replaceAll(".*/surveys/([^/?]+).*", "$1");
    assertThat(el(staff, By.id("campaign-status")).getAttribute("data-status"))
        .isEqualTo("SCHEDULED");

    // ...and launch it now rather than at its first scheduled time
    check(staff, By.id("confirm-launch"));
    press(staff, By.id("launch-now"));
    assertThat(el(staff, By.id("confirmation")).isDisplayed()).isTrue();
    assertThat(el(staff, By.id("campaign-status")).getAttribute("data-status")).isEqualTo("OPEN");
    assertThat(text(staff, By.id("response-rate"))).isEqualTo("0.0%");

    staff.get(url("/reporting/surveys"));
    By row = By.id("campaign-" + campaignId);
    List<String> before = cells(staff, row);
    assertThat(before.get(0)).isEqualTo(String.valueOf(surveyYear));
    int targets = Integer.parseInt(before.get(2));
    // the host's PI and the participant who claimed her alumni profile with mail consent, and
    // whoever else finished an exchange before; Sato, who has not claimed his, is not mailed
    assertThat(targets).isGreaterThanOrEqualTo(2);
    assertThat(mailsTo(satoEmail, SURVEY_LINK)).isZero();
    assertThat(before.get(3)).isEqualTo("0");
    assertThat(before.get(5)).isEqualTo("0.0%");

    // the participant answers from the link in the invitation
    String link = linkSentTo(nguyenEmail, SURVEY_LINK, Duration.ofSeconds(60));
    WebDriver alumna = browsers.get(RunningSuite.YEAR_ALUMNA);
    alumna.get(link + "?lang=en");
    new Select(el(alumna, By.id("q-joint"))).selectByValue("YES");
    press(alumna, By.id("survey-submit"));
    assertThat(el(alumna, By.id("survey-done")).isDisplayed()).isTrue();

    String rate = Math.round(1000.0 / targets) / 10.0 + "%";
    staff.get(url("/reporting/surveys"));
    List<String> after = cells(staff, row);
    assertThat(after.get(3)).isEqualTo("1");
    assertThat(after.get(5)).isEqualTo(rate);
    staff.get(url("/reporting/surveys/" + campaignId));
    assertThat(text(staff, By.id("response-rate"))).isEqualTo(rate);
    // Sato is among the participants alumni could not reach
    assertThat(
            Integer.parseInt(el(staff, By.id("campaign-unreachable")).getAttribute("data-count")))
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  @Order(15)
  void theStatisticsShowTheYear() {
    WebDriver staff = as("staff-reporting", "/reporting/statistics?call=" + callId);
    assertThat(rowOf(staff, "#people-country", "Viet Nam")).containsExactly("Viet Nam", "1", "30");
    assertThat(rowOf(staff, "#people-country", "Japan")).containsExactly("Japan", "1", "15");
    List<String> budget = cells(staff, By.cssSelector("#budget tr[data-call='" + callId + "']"));
    assertThat(budget.subList(0, 6))
        .containsExactly(callId, "1", "3,300,000", "3,300,000", "2,640,000", "660,000");
  }

  // ---- the steps' parts

  private void startDraft(WebDriver d, String course, String title) {
    new Select(el(d, By.id("course"))).selectByValue(course);
    el(d, By.id("title")).sendKeys(title);
    press(d, By.id("start"));
    waitForUrl(d, "/edit/basics");
  }

  private void basics(WebDriver d) {
    type(d, By.name("field"), "materials science");
    setValue(d, By.name("exchangeStart"), start.toString());
    setValue(d, By.name("exchangeEnd"), end.toString());
    next(d);
  }

  private void institutions(WebDriver d, String counterpart, String country) {
    type(d, By.name("counterparts[0].institution"), counterpart);
    type(d, By.name("counterparts[0].country"), country);
    next(d);
  }

  private void participant(
      WebDriver d, String category, String affiliation, int from, int to, String place) {
    new Select(el(d, By.name("participants[0].category"))).selectByValue(category);
    type(d, By.name("participants[0].affiliation"), affiliation);
    setValue(d, By.name("participants[0].visits[0].start"), start.plusDays(from).toString());
    setValue(d, By.name("participants[0].visits[0].end"), start.plusDays(to).toString());
    type(d, By.name("participants[0].visits[0].place"), place);
    next(d);
  }

  private void budget(WebDriver d, String travel, String indirect) {
    new Select(el(d, By.name("budgetItems[0].category"))).selectByValue("TRAVEL");
    type(d, By.name("budgetItems[0].description"), "Flights and accommodation");
    type(d, By.name("budgetItems[0].amountJpy"), travel);
    type(d, By.name("indirectJpy"), indirect);
    next(d);
  }

  private void outlook(WebDriver d) {
    type(d, By.name("expectedOutcomes"), "Joint paper and a shared test bench.");
    type(d, By.name("followUpPlan"), "Yearly online seminar; alumni network.");
    next(d);
  }

  private void uploadDocuments(WebDriver d) {
    Path pdf = tempFile("plan", ".pdf", new String(Drafting.pdf(), StandardCharsets.US_ASCII));
    for (String kind : new String[] {"PLAN", "EXPORT_CONTROL_HOST"}) {
      el(d, By.id("file-" + kind)).sendKeys(pdf.toString());
      press(d, By.id("upload-" + kind));
      assertThat(el(d, By.cssSelector("tr[data-kind='" + kind + "'] a")).getText())
          .endsWith(".pdf");
    }
  }

  /** Submits from the review step; returns the plan id. */
  private String submit(WebDriver d) {
    press(d, By.id("to-review"));
    assertThat(el(d, By.id("ready")).getText()).contains("You can submit");
    press(d, By.id("submit"));
    assertThat(el(d, By.id("submitted")).getText()).contains("submitted");
    assertThat(text(d, By.id("receipt-number"))).matches("YTEC-" + year + "-\\d{5}");
    assertThat(text(d, By.id("plan-status"))).isEqualTo("Submitted");
    return text(d, By.id("plan-id"));
  }

  private void next(WebDriver d) {
    String before = d.getCurrentUrl();
    el(d, By.id("next")).click();
    waitUntil(d, x -> !x.getCurrentUrl().equals(before) && x.getCurrentUrl().contains("?saved"));
  }

  /**
   * Adds (or edits) a reviewer through the committee page. The answer is the same page with the
   * same, now empty, form: a click the page went stale under is judged by the committee table, and
   * the form is filled and sent again only if the reviewer is not listed (sending it twice edits
   * the same reviewer).
   */
  private void addReviewer(WebDriver staff, String subject, String name, String affiliation) {
    for (int attempt = 1; ; attempt++) {
      staff.get(url("/review/reviewers"));
      type(staff, By.id("subject"), subject);
      type(staff, By.id("name"), name);
      type(staff, By.id("affiliation"), affiliation);
      type(staff, By.id("email"), subject + "@committee.example");
      type(staff, By.id("expertise"), "materials science, marine science");
      try {
        press(staff, el(staff, By.cssSelector("form[action$='/reviewers'] button[type=submit]")));
      } catch (org.openqa.selenium.WebDriverException pageMovedOn) {
        if (attempt == 2) {
          throw pageMovedOn;
        }
      }
      try {
        waitUntil(
            staff, d -> present(d, By.id("progress")) && text(d, By.id("progress")).contains(name));
        return;
      } catch (org.openqa.selenium.TimeoutException notListed) {
        if (attempt == 2) {
          throw notListed;
        }
      }
    }
  }

  /** A reviewer scores each plan in the portal, every criterion alike, and submits. */
  private void score(String reviewer, Map<String, String> scores) {
    WebDriver d = as(reviewer, "/review/portal");
    for (var entry : scores.entrySet()) {
      assertThat(present(d, By.cssSelector("#my-plans tr[data-plan-id='" + entry.getKey() + "']")))
          .as(reviewer + " is assigned " + entry.getKey())
          .isTrue();
    }
    for (var entry : scores.entrySet()) {
      d.get(url("/review/portal/plans/" + entry.getKey()));
      List<WebElement> criteria = el(d, By.id("scores")).findElements(By.cssSelector("select"));
      assertThat(criteria).hasSize(7);
      for (WebElement criterion : criteria) {
        new Select(criterion).selectByValue(entry.getValue());
      }
      type(d, By.id("overall"), "Scored by " + reviewer);
      clickAndConfirm(d, el(d, By.cssSelector("button[name=action][value=submit]")));
      waitUntil(d, x -> text(x, By.id("sheet-status")).equals("Submitted"));
    }
  }

  /** A corporate number (法人番号) no one has registered: a random base and its check digit. */
  private static String corporateNumber() {
    String base = String.format("%012d", Math.floorMod(System.nanoTime(), 1_000_000_000_000L));
    int sum = 0;
    for (int n = 1; n <= 12; n++) {
      sum += (base.charAt(12 - n) - '0') * (n % 2 == 1 ? 1 : 2);
    }
    return (9 - sum % 9) + base;
  }

  /**
   * The safety checklist of the i-th person: insurance, emergency contact, Tabireg if going out.
   */
  private static void safety(WebDriver d, int i, boolean dispatch) {
    check(d, By.id("person-" + i + "-insurance"));
    type(d, By.id("person-" + i + "-emergency-name"), "Family of person " + (i + 1));
    type(d, By.id("person-" + i + "-emergency-phone"), "+81-3-0000-000" + i);
    if (dispatch) {
      check(d, By.id("person-" + i + "-mofa"));
    }
  }

  // ---- browsers

  /** The user's browser (signed in the first time) on a gateway page, in English. */
  private WebDriver as(String user, String path) {
    WebDriver d = browsers.get(user);
    if (d == null) {
      d = browser(user);
      d.get(url(path));
      signIn(d, user);
    }
    d.get(url(path));
    if (onSignInPage(d)) {
      // seen once in CI: right after a fresh browser's sign-in had shown the page, loading it again
      // was sent to the sign-in form; said on the test's output, then signed in once more
      System.err.println("ProgramYearIT: " + user + " was asked to sign in again for " + path);
      signIn(d, user);
      d.get(url(path));
    }
    return d;
  }

  private boolean onSignInPage(WebDriver d) {
    return !d.getCurrentUrl().startsWith(suite.gatewayUrl())
        && !d.findElements(By.id("username")).isEmpty();
  }

  /** Closes the browsers of people whose part of the story is over. */
  private static void done(String... users) {
    for (String user : users) {
      WebDriver d = browsers.remove(user);
      if (d != null) {
        d.quit();
      }
    }
  }

  /** A fresh browser for the user, not signed in yet. */
  private static WebDriver browser(String user) {
    WebDriver d = Browser.start();
    d.manage().timeouts().implicitlyWait(Duration.ZERO);
    d.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    browsers.put(user, d);
    return d;
  }

  /**
   * Signs in on the sign-in page the browser shows, and waits to be back at the gateway: with the
   * account the user created, or as the configured account of that name.
   */
  private void signIn(WebDriver d, String user) {
    List<String> created = createdAccounts.get(user);
    if (created != null) {
      signIn(d, created.get(0), created.get(1));
    } else {
      signIn(d, user, RunningSuite.PASSWORD);
    }
  }

  /**
   * A researcher without an account creates one on the sign-in page and verifies the address from
   * the e-mail, signs in, registers the host institution and verifies its contact address from the
   * e-mail: from then on intake, contract and reporting know them as a member of it (no institution
   * claim in their token). Returns their browser, kept under the key.
   */
  private WebDriver signUpAndRegister(
      String key, String email, String name, String nameJa, String nameEn, String type) {
    String password = "a long enough passphrase";
    createdAccounts.put(key, List.of(email, password));
    WebDriver d = browser(key);
    d.get(url("/intake/institution"));
    press(d, By.id("signup-link"));
    type(d, By.id("email"), email);
    type(d, By.id("name"), name);
    type(d, By.id("password"), password);
    type(d, By.id("confirmation"), password);
    check(d, By.id("consent"));
    press(d, By.id("signup-submit"));
    assertThat(el(d, By.id("signup-sent")).getText()).contains(email);
    d.get(linkSentTo(email, SIGN_UP_LINK, Duration.ofSeconds(30)));
    press(d, By.id("signup-confirm-submit"));
    assertThat(el(d, By.id("signup-verified")).getText()).contains(email);
    press(d, By.id("to-front-door"));
    signIn(d, email, password);

    assertThat(el(d, By.id("no-institution")).isDisplayed()).isTrue();
    type(d, By.id("nameJa"), nameJa);
    type(d, By.id("nameEn"), nameEn);
    choose(d, By.id("type"), type);
    type(d, By.id("corporateNumber"), corporateNumber());
    type(d, By.id("contactEmail"), email);
    press(d, By.cssSelector("form[action='/intake/institution'] button[type=submit]"));
    assertThat(el(d, By.id("notice-registered")).isDisplayed()).isTrue();
    d.get(linkSentTo(email, INSTITUTION_LINK, Duration.ofSeconds(30)) + "&lang=en");
    press(d, By.id("use-link"));
    assertThat(el(d, By.id("notice-verified")).isDisplayed()).isTrue();
    return d;
  }

  private void signIn(WebDriver d, String user, String password) {
    el(d, By.id("username")).sendKeys(user);
    el(d, By.id("password")).sendKeys(password);
    press(d, By.cssSelector("button[type=submit]"));
    // back at the gateway, and its page loaded to the end (its session cookie set on the way)
    new WebDriverWait(d, Duration.ofSeconds(20))
        .until(
            x ->
                x.getCurrentUrl().startsWith(suite.gatewayUrl())
                    && "complete"
                        .equals(
                            ((JavascriptExecutor) x).executeScript("return document.readyState")));
  }

  private String url(String path) {
    return suite.gatewayUrl() + path + (path.contains("?") ? "&" : "?") + "lang=en";
  }

  /** Reloads the page until it shows what an event on its way through Kafka brings. */
  private void refreshUntil(
      WebDriver d, String path, java.util.function.Predicate<WebDriver> shows) {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              d.get(url(path));
              return shows.test(d);
            });
  }

  /** Waits until the page shows it (a page replaced meanwhile is looked at again). */
  private static void waitUntil(
      WebDriver d, java.util.function.Function<WebDriver, Boolean> shows) {
    new WebDriverWait(d, Duration.ofSeconds(15))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(shows);
  }

  private static WebElement el(WebDriver d, By locator) {
    return new WebDriverWait(d, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(locator));
  }

  private static boolean present(WebDriver d, By locator) {
    return !d.findElements(locator).isEmpty();
  }

  private static String text(WebDriver d, By locator) {
    return el(d, locator).getText().strip();
  }

  private static List<String> cells(WebDriver d, By row) {
    return el(d, row).findElements(By.tagName("td")).stream()
        .map(c -> c.getText().strip())
        .toList();
  }

  private static List<String> rowOf(WebDriver d, String table, String first) {
    return el(d, By.cssSelector(table)).findElements(By.cssSelector("tbody tr")).stream()
        .map(r -> r.findElements(By.tagName("td")).stream().map(c -> c.getText().strip()).toList())
        .filter(cells -> !cells.isEmpty() && cells.get(0).equals(first))
        .map(cells -> cells.subList(0, 3))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + first + " in " + table));
  }

  private static void choose(WebDriver d, By locator, String value) {
    new Select(el(d, locator)).selectByValue(value);
  }

  private static void check(WebDriver d, By locator) {
    WebElement box = el(d, locator);
    if (!box.isSelected()) {
      box.click();
    }
  }

  private static void type(WebDriver d, By locator, String value) {
    WebElement field = el(d, locator);
    field.clear();
    field.sendKeys(value);
  }

  private static void setValue(WebDriver d, By locator, String value) {
    setValue(d, el(d, locator), value);
  }

  /** Date and time inputs take their value as the user's picker sets it, with its events. */
  private static void setValue(WebDriver d, WebElement field, String value) {
    ((JavascriptExecutor) d)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            field,
            value);
  }

  /** Clicks a button that asks "are you sure?", answers yes and waits for the next page. */
  private static void clickAndConfirm(WebDriver d, WebElement button) {
    button.click();
    new WebDriverWait(d, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
    new WebDriverWait(d, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(button));
  }

  /**
   * Clicks a button that sends a form, and waits for the page that answers it (once more if the
   * page was still settling when the button was found).
   */
  private static void press(WebDriver d, By locator) {
    try {
      press(d, el(d, locator));
    } catch (org.openqa.selenium.StaleElementReferenceException e) {
      pressAgainIfStillThere(d, locator);
    } catch (org.openqa.selenium.WebDriverException e) {
      if (!String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        throw e;
      }
      pressAgainIfStillThere(d, locator);
    }
  }

  /**
   * After a click whose page went stale underneath it: the button is pressed again only if the page
   * still shows it (a form that is gone, such as a confirmed refund, was sent).
   */
  private static void pressAgainIfStillThere(WebDriver d, By locator) {
    d.manage().timeouts().implicitlyWait(Duration.ZERO);
    List<WebElement> still;
    try {
      still = d.findElements(locator);
    } finally {
      d.manage().timeouts().implicitlyWait(Duration.ofSeconds(15));
    }
    if (!still.isEmpty()) {
      press(d, still.getFirst());
    }
  }

  /** Clicks a button that sends a form, and waits for the page that answers it. */
  private static void press(WebDriver d, WebElement button) {
    button.click();
    new WebDriverWait(d, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(button));
  }

  private static WebElement errorOf(WebDriver d, String field) {
    return el(d, By.cssSelector(".error[data-field='" + field + "']"));
  }

  private static void waitForUrl(WebDriver d, String part) {
    new WebDriverWait(d, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(part));
  }

  // ---- mail

  /** The first link of this kind in a mail to the address, once it has come. */
  private static String linkSentTo(String email, Pattern link, Duration within) {
    return await()
        .atMost(within)
        .pollInterval(Duration.ofMillis(500))
        .until(() -> linkIn(email, link), Optional::isPresent)
        .orElseThrow();
  }

  /** How many mails with a link of this kind reached the address so far. */
  private static long mailsTo(String email, Pattern link) throws MessagingException, IOException {
    long n = 0;
    for (MimeMessage message : RunningSuite.mail().server().getReceivedMessages()) {
      boolean toThem =
          Arrays.stream(message.getRecipients(Message.RecipientType.TO))
              .anyMatch(a -> a.toString().contains(email));
      if (toThem && link.matcher(text(message.getContent())).find()) {
        n++;
      }
    }
    return n;
  }

  private static String text(Object content) throws MessagingException, IOException {
    if (content instanceof jakarta.mail.Multipart multipart) {
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < multipart.getCount(); i++) {
        all.append(text(multipart.getBodyPart(i).getContent()));
      }
      return all.toString();
    }
    return String.valueOf(content);
  }

  private static Optional<String> linkIn(String email, Pattern link)
      throws MessagingException, IOException {
    for (MimeMessage message : RunningSuite.mail().server().getReceivedMessages()) {
      boolean toThem =
          Arrays.stream(message.getRecipients(Message.RecipientType.TO))
              .anyMatch(a -> a.toString().contains(email));
      if (toThem) {
        Matcher m = link.matcher(text(message.getContent()));
        if (m.find()) {
          return Optional.of(m.group(1));
        }
      }
    }
    return Optional.empty();
  }

  private static Path tempFile(String prefix, String suffix, String content) {
    try {
      Path file = Files.createTempFile(prefix, suffix);
      Files.writeString(file, content, StandardCharsets.UTF_8);
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterAll
  void closeTheCallAndTheBrowsers() {
    // a call left open by a failed run would take the other browser tests' drafts
    CallCatalog calls = suite.context("intake").getBean(CallCatalog.class);
    calls
        .find(callId)
        .filter(c -> c.acceptsSubmissionAt(Instant.now()))
        .ifPresent(
            c -> {
              LocalDateTime now = LocalDateTime.now(JAPAN);
              calls.reschedule(
                  callId, now.minusDays(2), now.minusMinutes(1), "staff-intake", "test ended");
            });
    browsers.values().forEach(WebDriver::quit);
    browsers.clear();
  }

  /**
   * The story's rules: a failed step names itself, leaves every open browser's screenshot and page
   * source under {@code target/program-year/}, and the steps after it are skipped.
   */
  static final class Story implements TestExecutionExceptionHandler, ExecutionCondition {

    private static String failedStep;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (failedStep != null && context.getTestMethod().isPresent()) {
        return ConditionEvaluationResult.disabled("the step " + failedStep + " failed before");
      }
      return ConditionEvaluationResult.enabled("the story goes on");
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure)
        throws Throwable {
      String step = context.getRequiredTestMethod().getName();
      failedStep = step;
      Path dir = Path.of("target", "program-year");
      for (var entry : browsers.entrySet()) {
        save(entry.getValue(), dir, step + "-" + entry.getKey());
      }
      AssertionError named =
          new AssertionError("step " + step + " failed: " + failure.getMessage(), failure);
      throw named;
    }

    private static void save(WebDriver d, Path dir, String name) {
      try {
        Files.createDirectories(dir);
        Files.write(
            dir.resolve(name + ".png"),
            ((org.openqa.selenium.TakesScreenshot) d)
                .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        Files.writeString(
            dir.resolve(name + ".html"), d.getCurrentUrl() + "\n" + d.getPageSource());
      } catch (IOException | RuntimeException e) {
        // a missing screenshot must not hide the step's own failure
      }
    }
  }
}
