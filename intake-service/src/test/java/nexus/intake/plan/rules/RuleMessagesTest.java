package nexus.intake.plan.rules;

import static nexus.intake.plan.rules.PlanContentFixtures.START;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import nexus.intake.call.domain.ParticipantCategory;
import nexus.intake.plan.domain.BudgetCategory;
import nexus.intake.plan.domain.BudgetItem;
import nexus.intake.plan.domain.Counterpart;
import nexus.intake.plan.domain.Participant;
import nexus.intake.plan.domain.ParticipantRole;
import nexus.intake.plan.domain.PartnerInstitution;
import nexus.intake.plan.domain.PlanContent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every violation any rule can produce has its message in Japanese and in English. */
class RuleMessagesTest {

  /** Plans that between them break every rule in every way. */
  static List<PlanContent> plansBreakingEverything() {
    PlanContent p = PlanContentFixtures.mentorPlan();
    Participant student =
        new Participant(
            "S",
            LocalDate.of(1970, 1, 1),
            ParticipantCategory.UNDERGRADUATE,
            ParticipantRole.PARTICIPANT,
            "U",
            List.of(PlanContentFixtures.visit(LocalDate.of(2025, 1, 1), 120)));
    Participant chaperone = PlanContentFixtures.chaperone("C");
    return List.of(
        new PlanContent(
            "YOUNG_TALENT",
            START,
            START.plusYears(2),
            List.of(new Counterpart("X", "CN")),
            List.of(new PartnerInstitution("A", true), new PartnerInstitution("B", true)),
            Stream.concat(PlanContentFixtures.students(15).stream(), Stream.of(student)).toList(),
            List.of(new BudgetItem(BudgetCategory.SUPPLIES, "Microscope and souvenir", 9_000_000)),
            2_000_000,
            null),
        new PlanContent(
            "MENTOR",
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2024, 1, 1),
            List.of(),
            List.of(),
            List.of(student, chaperone),
            List.of(new BudgetItem(BudgetCategory.TRAVEL, "Flights", 3_200_000)),
            0,
            null),
        new PlanContent(
            "MENTOR",
            null,
            null,
            p.counterparts(),
            List.of(),
            p.participants(),
            p.budgetItems(),
            0,
            null),
        new PlanContent(
            "NO_SUCH_COURSE", START, START, List.of(), List.of(), List.of(), List.of(), 0, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"intake-messages.properties", "intake-messages_ja.properties"})
  void everyViolationHasAMessage(String bundle) throws IOException {
    Properties messages = new Properties();
    try (Reader in =
        new InputStreamReader(
            getClass().getResourceAsStream("/" + bundle), StandardCharsets.UTF_8)) {
      messages.load(in);
    }
    PlanRuleBook book = PlanRuleBook.standard();
    List<String> keys =
        plansBreakingEverything().stream()
            .flatMap(plan -> book.check(plan, PlanContentFixtures.ytec2025()).stream())
            .map(RuleViolation::messageKey)
            .distinct()
            .toList();

    for (String rule : book.names()) {
      assertThat(keys)
          .as("the fixtures reach rule " + rule)
          .anyMatch(k -> k.startsWith("rule." + rule));
    }
    assertThat(keys)
        .contains("rule.budget-cap.reason", "rule.exchange-period.missing", "rule.course");
    assertThat(keys).allSatisfy(key -> assertThat(messages).containsKey(key));
  }
}
