package nexus.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nexus.intake.call.domain.Call;
import nexus.intake.call.domain.ParticipantCategory;
import nexus.intake.plan.domain.BudgetCategory;
import nexus.intake.plan.domain.BudgetItem;
import nexus.intake.plan.domain.Counterpart;
import nexus.intake.plan.domain.Course;
import nexus.intake.plan.domain.Direction;
import nexus.intake.plan.domain.Participant;
import nexus.intake.plan.domain.ParticipantRole;
import nexus.intake.plan.domain.PartnerInstitution;
import nexus.intake.plan.domain.PlanContent;
import nexus.intake.plan.domain.Visit;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafts that keep every rule of the call, of a realistic size: a young-talent plan with six
 * students and a chaperone, two ASEAN counterparts and a funded partner; a mentor plan with two
 * faculty members. Names differ per PI and course (nobody is in both courses' plans of a PI).
 */
final class PlanContents {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<String> COUNTRIES =
      List.of("TH", "VN", "MY", "ID", "PH", "SG", "KH", "LA", "MM", "BN");

  private final LocalDate start;
  private final LocalDate end;

  PlanContents(Call call) {
    start = call.exchangeStartFrom().plusDays(14);
    LocalDate latest = start.plusMonths(call.maxExchangeMonths()).minusDays(1);
    end = call.exchangeEndBy().isBefore(latest) ? call.exchangeEndBy() : latest;
  }

  /** The body of {@code PUT /api/drafts/{id}}. */
  String draftEdit(Course course, String pi, int index) {
    PlanContent content = course == Course.YOUNG_TALENT ? young(pi, index) : mentor(pi, index);
    return JSON.writeValueAsString(
        Map.of(
            "title",
            course + " exchange of " + pi + " on green hydrogen and water security",
            "field",
            "green technology",
            "content",
            content));
  }

  /** Whether the plan needs the partner's export-control form too. */
  static boolean hasFundedPartner(Course course) {
    return course == Course.YOUNG_TALENT;
  }

  private PlanContent young(String pi, int index) {
    List<Participant> people = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      people.add(
          new Participant(
              "Student " + pi + "-" + i,
              start.minusYears(24 + i),
              ParticipantCategory.GRADUATE_STUDENT,
              ParticipantRole.PARTICIPANT,
              "Chulalongkorn University",
              List.of(
                  new Visit(start.plusDays(10), start.plusDays(49), Direction.INVITATION, "Kyoto"),
                  new Visit(
                      start.plusDays(120), start.plusDays(149), Direction.DISPATCH, "Bangkok"))));
    }
    people.add(
        new Participant(
            "Chaperone " + pi,
            start.minusYears(55),
            ParticipantCategory.FACULTY,
            ParticipantRole.CHAPERONE,
            "Bench University",
            List.of(
                new Visit(start.plusDays(10), start.plusDays(19), Direction.INVITATION, "Kyoto"))));
    return new PlanContent(
        Course.YOUNG_TALENT.name(),
        start,
        end,
        List.of(
            new Counterpart("Counterpart University A", COUNTRIES.get(index % COUNTRIES.size())),
            new Counterpart(
                "Counterpart University B", COUNTRIES.get((index + 1) % COUNTRIES.size()))),
        List.of(new PartnerInstitution("Bench Partner Laboratory", true)),
        people,
        List.of(
            new BudgetItem(BudgetCategory.TRAVEL, "Flights Bangkok–Osaka", 3_600_000),
            new BudgetItem(BudgetCategory.TRAVEL, "Accommodation in Kyoto", 400_000),
            new BudgetItem(BudgetCategory.SUPPLIES, "Reagents", 150_000),
            new BudgetItem(BudgetCategory.HONORARIA, "Lecturers", 300_000),
            new BudgetItem(BudgetCategory.OTHER, "Workshop room rental", 550_000)),
        500_000,
        null);
  }

  private PlanContent mentor(String pi, int index) {
    List<Participant> people = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      people.add(
          new Participant(
              "Mentor " + pi + "-" + i,
              start.minusYears(45 + i),
              ParticipantCategory.FACULTY,
              ParticipantRole.PARTICIPANT,
              "Universiti Malaya",
              List.of(
                  new Visit(
                      start.plusDays(20), start.plusDays(39), Direction.INVITATION, "Tokyo"))));
    }
    return new PlanContent(
        Course.MENTOR.name(),
        start,
        end,
        List.of(new Counterpart("Counterpart University C", COUNTRIES.get(index % 10))),
        List.of(),
        people,
        List.of(new BudgetItem(BudgetCategory.TRAVEL, "Flights", 2_000_000)),
        200_000,
        null);
  }

  /** A small real PDF (checked by content at upload). */
  static byte[] pdf(String title) {
    return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Title ("
            + title
            + ") >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }
}
