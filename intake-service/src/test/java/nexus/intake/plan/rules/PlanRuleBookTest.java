package nexus.intake.plan.rules;

import static nexus.intake.plan.rules.PlanContentFixtures.END;
import static nexus.intake.plan.rules.PlanContentFixtures.START;
import static nexus.intake.plan.rules.PlanContentFixtures.chaperone;
import static nexus.intake.plan.rules.PlanContentFixtures.faculty;
import static nexus.intake.plan.rules.PlanContentFixtures.mentorPlan;
import static nexus.intake.plan.rules.PlanContentFixtures.student;
import static nexus.intake.plan.rules.PlanContentFixtures.students;
import static nexus.intake.plan.rules.PlanContentFixtures.visit;
import static nexus.intake.plan.rules.PlanContentFixtures.withBudget;
import static nexus.intake.plan.rules.PlanContentFixtures.withParticipants;
import static nexus.intake.plan.rules.PlanContentFixtures.withPeriod;
import static nexus.intake.plan.rules.PlanContentFixtures.youngTalentPlan;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nexus.intake.call.domain.Call;
import nexus.intake.call.domain.ParticipantCategory;
import nexus.intake.plan.domain.BudgetCategory;
import nexus.intake.plan.domain.BudgetItem;
import nexus.intake.plan.domain.Counterpart;
import nexus.intake.plan.domain.Participant;
import nexus.intake.plan.domain.ParticipantRole;
import nexus.intake.plan.domain.PartnerInstitution;
import nexus.intake.plan.domain.PlanContent;
import org.junit.jupiter.api.Test;

class PlanRuleBookTest {

  private final Call call = PlanContentFixtures.ytec2025();
  private final PlanRuleBook rules = PlanRuleBook.standard();

  private List<String> broken(PlanContent plan) {
    return rules.check(plan, call).stream().map(RuleViolation::rule).toList();
  }

  @Test
  void wellFormedPlansOfBothCoursesKeepEveryRule() {
    assertThat(rules.check(youngTalentPlan(), call)).isEmpty();
    assertThat(rules.check(mentorPlan(), call)).isEmpty();
  }

  @Test
  void fiftyPlusFortyDaysIsAllowedButFiftyPlusFortyOneIsNot() {
    Participant ninety =
        student(
            "A", LocalDate.of(2000, 1, 1), visit(START, 50), visit(LocalDate.of(2026, 6, 1), 40));
    Participant ninetyOne =
        student(
            "B", LocalDate.of(2000, 1, 1), visit(START, 50), visit(LocalDate.of(2026, 6, 1), 41));

    assertThat(broken(withParticipants(youngTalentPlan(), List.of(ninety)))).isEmpty();
    List<RuleViolation> violations =
        rules.check(withParticipants(youngTalentPlan(), List.of(ninetyOne)), call);
    assertThat(violations).extracting(RuleViolation::rule).containsExactly("stay-limit");
    assertThat(violations.get(0).field()).isEqualTo("participants[0].visits");
    assertThat(violations.get(0).arguments()).containsExactly("B", 91L, 90);
  }

  @Test
  void rejectsSixteenthPersonInYoungTalentCourse() {
    List<Participant> fifteen = students(14);
    fifteen.add(chaperone("Chaperone"));
    assertThat(broken(withParticipants(youngTalentPlan(), fifteen))).isEmpty();
    List<Participant> sixteen = new ArrayList<>(fifteen);
    sixteen.add(student("Sixteenth", LocalDate.of(2001, 1, 1)));
    assertThat(broken(withParticipants(youngTalentPlan(), sixteen)))
        .containsExactly("participant-cap");
  }

  @Test
  void rejectsThirdPersonInMentorCourse() {
    PlanContent three =
        withParticipants(mentorPlan(), List.of(faculty("A"), faculty("B"), faculty("C")));
    assertThat(broken(three)).containsExactly("participant-cap");
  }

  @Test
  void youngTalentParticipantMustBeFortyOrUnderOnTheStartDateButChaperonesAreExempt() {
    Participant turnsFortyOneOnStart = student("Old", START.minusYears(41), visit(START, 5));
    Participant fortyOnStart = student("Forty", START.minusYears(41).plusDays(1), visit(START, 5));
    Participant oldChaperone = chaperone("Senior");

    assertThat(broken(withParticipants(youngTalentPlan(), List.of(fortyOnStart, oldChaperone))))
        .isEmpty();
    List<RuleViolation> v =
        rules.check(withParticipants(youngTalentPlan(), List.of(turnsFortyOneOnStart)), call);
    assertThat(v).extracting(RuleViolation::rule).containsExactly("age-limit");
    assertThat(v.get(0).arguments()).containsExactly("Old", 41, 40);
  }

  @Test
  void mentorCourseHasNoAgeLimitButAdmitsNoStudents() {
    Participant olderFaculty =
        new Participant(
            "Elder",
            LocalDate.of(1950, 1, 1),
            ParticipantCategory.FACULTY,
            ParticipantRole.PARTICIPANT,
            "U",
            List.of(visit(START, 5)));
    assertThat(broken(withParticipants(mentorPlan(), List.of(olderFaculty)))).isEmpty();

    Participant student = student("Student", LocalDate.of(2001, 1, 1), visit(START, 5));
    assertThat(broken(withParticipants(mentorPlan(), List.of(student))))
        .containsExactly("participant-category");
  }

  @Test
  void chaperonesOnlyInTheYoungTalentCourse() {
    assertThat(broken(withParticipants(mentorPlan(), List.of(faculty("A"), chaperone("C")))))
        .containsExactly("chaperone-course");
  }

  @Test
  void exchangeLastsAtMostAYearInsideTheCallsBounds() {
    assertThat(broken(withPeriod(youngTalentPlan(), START, START.plusYears(1))))
        .contains("exchange-period.length", "exchange-period.end");
    assertThat(
            broken(
                withPeriod(
                    youngTalentPlan(), LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30))))
        .contains("exchange-period.start");
    assertThat(
            broken(
                withPeriod(
                    youngTalentPlan(), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 12, 31))))
        .contains("exchange-period.start");
    assertThat(
            broken(
                withPeriod(
                    youngTalentPlan(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))))
        .as("first allowed start, last allowed end, just under a year")
        .isEmpty();
    assertThat(broken(withPeriod(youngTalentPlan(), START, END.minusMonths(11))))
        .contains("exchange-period.visit");
  }

  @Test
  void counterpartsOnlyFromTheCallsCountries() {
    PlanContent withJapanOnly = youngTalentPlan();
    PlanContent withChina =
        new PlanContent(
            "YOUNG_TALENT",
            START,
            END,
            List.of(new Counterpart("Tsinghua", "CN"), new Counterpart("NUS", "SG")),
            withJapanOnly.partners(),
            withJapanOnly.participants(),
            withJapanOnly.budgetItems(),
            withJapanOnly.indirectJpy(),
            null);
    List<RuleViolation> v = rules.check(withChina, call);
    assertThat(v).extracting(RuleViolation::rule).containsExactly("counterpart-country");
    assertThat(v.get(0).field()).isEqualTo("counterparts[0].country");
    PlanContent timorLeste =
        new PlanContent(
            "YOUNG_TALENT",
            START,
            END,
            List.of(new Counterpart("UNTL", "TL")),
            withJapanOnly.partners(),
            withJapanOnly.participants(),
            withJapanOnly.budgetItems(),
            withJapanOnly.indirectJpy(),
            null);
    assertThat(broken(timorLeste))
        .as("not in the 2025 call's list")
        .containsExactly("counterpart-country");
  }

  @Test
  void atMostOneFundedPartner() {
    PlanContent p = youngTalentPlan();
    PlanContent twoFunded =
        new PlanContent(
            p.course(),
            START,
            END,
            p.counterparts(),
            List.of(
                new PartnerInstitution("A", true),
                new PartnerInstitution("B", true),
                new PartnerInstitution("C", false)),
            p.participants(),
            p.budgetItems(),
            p.indirectJpy(),
            null);
    assertThat(broken(twoFunded)).containsExactly("funded-partner-limit");
  }

  @Test
  void budgetUpToBaseFreelyUpToTenPercentOverOnlyWithAReason() {
    List<BudgetItem> sevenMillionDirect =
        List.of(new BudgetItem(BudgetCategory.TRAVEL, "Flights", 7_000_000));
    assertThat(broken(withBudget(youngTalentPlan(), sevenMillionDirect, 0, null))).isEmpty();
    assertThat(broken(withBudget(youngTalentPlan(), sevenMillionDirect, 700_000, null)))
        .containsExactly("budget-cap.reason");
    assertThat(
            broken(
                withBudget(
                    youngTalentPlan(), sevenMillionDirect, 700_000, "More invitees from Laos")))
        .isEmpty();
    assertThat(broken(withBudget(youngTalentPlan(), sevenMillionDirect, 700_001, "Reason")))
        .contains("budget-cap");
  }

  @Test
  void indirectCostsAtMostTenPercentOfDirect() {
    List<BudgetItem> direct = List.of(new BudgetItem(BudgetCategory.TRAVEL, "Flights", 6_200_001));
    assertThat(broken(withBudget(youngTalentPlan(), direct, 620_000, null))).isEmpty();
    assertThat(broken(withBudget(youngTalentPlan(), direct, 620_001, null)))
        .containsExactly("indirect-cap");
  }

  @Test
  void unfundableItemsAreFlaggedInEnglishAndJapanese() {
    List<BudgetItem> items =
        List.of(
            new BudgetItem(BudgetCategory.OTHER, "Kyoto sightseeing tour", 50_000),
            new BudgetItem(BudgetCategory.OTHER, "歓迎の親睦会", 80_000),
            new BudgetItem(BudgetCategory.SUPPLIES, "記念品", 10_000),
            new BudgetItem(BudgetCategory.TRAVEL, "Flights", 3_000_000));
    List<RuleViolation> v = rules.check(withBudget(youngTalentPlan(), items, 0, null), call);
    assertThat(v)
        .extracting(RuleViolation::field)
        .containsExactly(
            "budgetItems[0].description",
            "budgetItems[1].description",
            "budgetItems[2].description");
  }

  @Test
  void suppliesOfTwoHundredThousandYenOrMoreAreFlaggedAsEquipment() {
    List<BudgetItem> items =
        List.of(
            new BudgetItem(BudgetCategory.SUPPLIES, "Pipettes", 199_999),
            new BudgetItem(BudgetCategory.SUPPLIES, "Microscope", 200_000),
            new BudgetItem(BudgetCategory.OTHER, "Printing", 300_000));
    List<RuleViolation> v = rules.check(withBudget(youngTalentPlan(), items, 0, null), call);
    assertThat(v).extracting(RuleViolation::rule).containsExactly("supplies-equipment");
    assertThat(v.get(0).arguments()).containsExactly("Microscope", 200_000L, 200_000L);
  }

  @Test
  void unknownCourseIsOneViolationNotACrash() {
    PlanContent p = youngTalentPlan();
    PlanContent unknown =
        new PlanContent(
            "SHORT_VISIT",
            START,
            END,
            p.counterparts(),
            p.partners(),
            p.participants(),
            p.budgetItems(),
            0,
            null);
    assertThat(broken(unknown)).containsExactly("course");
  }
}
