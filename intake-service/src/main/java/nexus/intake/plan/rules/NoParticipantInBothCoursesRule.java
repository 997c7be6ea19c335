package nexus.intake.plan.rules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nexus.intake.plan.domain.Participant;
import nexus.intake.plan.domain.Plan;

/**
 * When one PI applies to both courses (a comprehensive exchange), nobody may be invited or
 * dispatched in both plans. Names are compared ignoring case, width and spacing.
 */
public final class NoParticipantInBothCoursesRule implements SubmissionRule {

  @Override
  public String name() {
    return "participant-in-both-courses";
  }

  @Override
  public List<RuleViolation> check(Plan candidate, List<Plan> samePiPlans) {
    if (candidate.content() == null) {
      return List.of();
    }
    List<RuleViolation> violations = new ArrayList<>();
    for (Plan other : samePiPlans) {
      if (other.course() == candidate.course() || other.content() == null) {
        continue;
      }
      Set<String> theirs =
          other.content().participants().stream()
              .map(p -> normalized(p.name()))
              .collect(Collectors.toSet());
      List<Participant> mine = candidate.content().participants();
      for (int i = 0; i < mine.size(); i++) {
        if (theirs.contains(normalized(mine.get(i).name()))) {
          violations.add(
              RuleViolation.of(
                  name(), "participants[" + i + "].name", mine.get(i).name(), other.id()));
        }
      }
    }
    return violations;
  }

  static String normalized(String name) {
    if (name == null) {
      return "";
    }
    return Normalizer.normalize(name, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[\\s\\u3000.]+", "");
  }
}
