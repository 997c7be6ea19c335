package nexus.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nexus.events.AccountingReportSubmitted;
import nexus.events.AccountingReportSubmitted.SpendItem;
import nexus.events.PlanAwarded;
import nexus.events.PlanAwarded.InstitutionAward;
import nexus.events.PlanSnapshot;
import nexus.events.PlanSnapshot.BudgetItem;
import nexus.events.PlanSnapshot.Person;
import nexus.events.PlanSnapshot.Visit;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/** Awards, reports and users for contract tests. */
public final class CaseFixtures {

  public static final String HOST = "INST-HOST";
  public static final String PARTNER = "INST-PARTNER";
  public static final Instant DECIDED_AT = Instant.parse("2025-12-19T03:00:00Z");

  private CaseFixtures() {}

  public static String newPlanId() {
    return "plan-" + UUID.randomUUID();
  }

  /** The awarded plan's snapshot: 6,300,000 direct + 630,000 indirect, two participants. */
  public static PlanSnapshot snapshot() {
    return new PlanSnapshot(
        "Green technology",
        LocalDate.of(2026, 2, 1),
        LocalDate.of(2026, 11, 30),
        List.of(new PlanSnapshot.Counterpart("Universiti Malaya", "MY")),
        List.of(new PlanSnapshot.Partner("Partner Institute", true)),
        List.of(
            new Person(
                "Siti Rahman",
                LocalDate.of(1998, 4, 1),
                "GRADUATE_STUDENT",
                "PARTICIPANT",
                "UM",
                List.of(
                    new Visit(
                        LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 4, 29),
                        "INVITATION",
                        "Tokyo"))),
            new Person(
                "Ahmad Yusof",
                LocalDate.of(1990, 9, 9),
                "POSTDOC",
                "PARTICIPANT",
                "UM",
                List.of())),
        List.of(),
        List.of(
            new BudgetItem("SUPPLIES", "Lab consumables", 900_000),
            new BudgetItem("HONORARIA", "Lecturers", 400_000),
            new BudgetItem("TRAVEL", "Flights and lodging", 4_500_000),
            new BudgetItem("OTHER", "Printing", 500_000)),
        6_300_000,
        630_000,
        null,
        "Joint papers",
        "Network",
        null,
        List.of());
  }

  /** A conditional award: host 7,700,000, partner 2,200,000. */
  public static PlanAwarded awardWithPartner(String planId) {
    return new PlanAwarded(
        planId,
        "ytec-2025",
        HOST,
        "YOUNG_TALENT",
        9_900_000L,
        List.of("Shorten the dispatch to 60 days"),
        DECIDED_AT,
        "Green materials exchange",
        List.of(
            new InstitutionAward(HOST, "Host University", "HOST", 7_700_000L),
            new InstitutionAward(PARTNER, "Partner Institute", "PARTNER", 2_200_000L)),
        snapshot());
  }

  /** An unconditional award with the host alone. */
  public static PlanAwarded hostOnlyAward(String planId) {
    return new PlanAwarded(
        planId,
        "ytec-2025",
        HOST,
        "YOUNG_TALENT",
        7_700_000L,
        List.of(),
        DECIDED_AT,
        "Host only",
        List.of(new InstitutionAward(HOST, "Host University", "HOST", 7_700_000L)),
        snapshot());
  }

  /** The hand-worked report: 6,200,000 direct (150,000 sightseeing), 700,000 indirect. */
  public static AccountingReportSubmitted handWorkedReport(String planId) {
    return new AccountingReportSubmitted(
        planId,
        "report-" + planId,
        HOST,
        6_900_000,
        Instant.parse("2026-12-10T00:00:00Z"),
        List.of(
            new SpendItem("I", "Lab consumables", 850_000),
            new SpendItem("II", "Lecturer honoraria", 400_000),
            new SpendItem("III", "Flights and lodging", 4_500_000),
            new SpendItem("III", "Sightseeing tour for participants", 150_000),
            new SpendItem("IV", "Printing and communications", 300_000)),
        700_000L);
  }

  /** A contract staff member with their own subject (four eyes need two people). */
  public static JwtRequestPostProcessor contractStaff(String subject) {
    return SecurityMockMvcRequestPostProcessors.jwt()
        .jwt(
            j ->
                j.subject(subject)
                    .claim("roles", List.of("staff-contract"))
                    .claim("name", "Staff " + subject))
        .authorities(new SimpleGrantedAuthority("ROLE_staff-contract"));
  }

  /** A user of a funded institution. */
  public static JwtRequestPostProcessor applicantOf(String institutionId) {
    return nexus.testsupport.TestUsers.applicantOf(institutionId);
  }
}
