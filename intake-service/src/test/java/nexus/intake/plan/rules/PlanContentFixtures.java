package nexus.intake.plan.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nexus.intake.call.CallDefinitions;
import nexus.intake.call.domain.Call;
import nexus.intake.call.domain.ParticipantCategory;
import nexus.intake.plan.domain.BudgetCategory;
import nexus.intake.plan.domain.BudgetItem;
import nexus.intake.plan.domain.Counterpart;
import nexus.intake.plan.domain.Direction;
import nexus.intake.plan.domain.Participant;
import nexus.intake.plan.domain.ParticipantRole;
import nexus.intake.plan.domain.PartnerInstitution;
import nexus.intake.plan.domain.PlanContent;
import nexus.intake.plan.domain.Visit;

/** The 2025 call as shipped, and plans that keep every one of its rules. */
final class PlanContentFixtures {

  static final LocalDate START = LocalDate.of(2026, 1, 15);
  static final LocalDate END = LocalDate.of(2026, 12, 20);

  private PlanContentFixtures() {}

  static Call ytec2025() {
    return CallDefinitions.load().stream()
        .filter(c -> c.id().equals("ytec-2025"))
        .findFirst()
        .orElseThrow();
  }

  static Participant student(String name, LocalDate birthDate, Visit... visits) {
    return new Participant(
        name,
        birthDate,
        ParticipantCategory.GRADUATE_STUDENT,
        ParticipantRole.PARTICIPANT,
        "Chulalongkorn University",
        List.of(visits));
  }

  static Participant faculty(String name) {
    return new Participant(
        name,
        LocalDate.of(1975, 4, 1),
        ParticipantCategory.FACULTY,
        ParticipantRole.PARTICIPANT,
        "Hanoi University of Science",
        List.of(visit(START.plusDays(10), 20)));
  }

  static Participant chaperone(String name) {
    return new Participant(
        name,
        LocalDate.of(1960, 1, 1),
        ParticipantCategory.FACULTY,
        ParticipantRole.CHAPERONE,
        "Demo Institute of Technology",
        List.of(visit(START.plusDays(10), 10)));
  }

  /** A visit of {@code days} days, both ends counted. */
  static Visit visit(LocalDate start, long days) {
    return new Visit(start, start.plusDays(days - 1), Direction.INVITATION, "Kyoto");
  }

  static PlanContent youngTalentPlan() {
    return new PlanContent(
        "YOUNG_TALENT",
        START,
        END,
        List.of(
            new Counterpart("Chulalongkorn University", "TH"), new Counterpart("VNU Hanoi", "VN")),
        List.of(new PartnerInstitution("Demo Partner Laboratory", true)),
        List.of(
            student("Somchai P.", LocalDate.of(2000, 5, 1), visit(START.plusDays(5), 30)),
            chaperone("Sato T.")),
        List.of(
            new BudgetItem(BudgetCategory.TRAVEL, "Flights Bangkok–Osaka", 4_000_000),
            new BudgetItem(BudgetCategory.SUPPLIES, "Reagents", 150_000),
            new BudgetItem(BudgetCategory.OTHER, "Workshop room rental", 850_000)),
        500_000,
        null);
  }

  static PlanContent mentorPlan() {
    return new PlanContent(
        "MENTOR",
        START,
        END,
        List.of(new Counterpart("Universiti Malaya", "MY")),
        List.of(),
        List.of(faculty("Tan K.")),
        List.of(new BudgetItem(BudgetCategory.TRAVEL, "Flights", 2_000_000)),
        200_000,
        null);
  }

  static PlanContent withParticipants(PlanContent plan, List<Participant> participants) {
    return new PlanContent(
        plan.course(),
        plan.exchangeStart(),
        plan.exchangeEnd(),
        plan.counterparts(),
        plan.partners(),
        participants,
        plan.budgetItems(),
        plan.indirectJpy(),
        plan.overrunReason());
  }

  static PlanContent withBudget(
      PlanContent plan, List<BudgetItem> items, long indirect, String reason) {
    return new PlanContent(
        plan.course(),
        plan.exchangeStart(),
        plan.exchangeEnd(),
        plan.counterparts(),
        plan.partners(),
        plan.participants(),
        items,
        indirect,
        reason);
  }

  static PlanContent withPeriod(PlanContent plan, LocalDate start, LocalDate end) {
    return new PlanContent(
        plan.course(),
        start,
        end,
        plan.counterparts(),
        plan.partners(),
        plan.participants(),
        plan.budgetItems(),
        plan.indirectJpy(),
        plan.overrunReason());
  }

  static List<Participant> students(int n) {
    List<Participant> people = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      people.add(student("Student " + i, LocalDate.of(2001, 1, 1), visit(START.plusDays(3), 10)));
    }
    return people;
  }
}
