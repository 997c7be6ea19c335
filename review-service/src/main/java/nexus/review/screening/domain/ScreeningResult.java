package nexus.review.screening.domain;

import java.util.List;
import java.util.Set;

/**
 * The outcome of a screening: eligible when no ineligible kind was ticked. An ineligible outcome
 * must carry a recorded reason.
 *
 * @param outcome ELIGIBLE or INELIGIBLE
 * @param kinds the ineligible kinds ticked, in checklist order
 * @param reason staff's recorded reason
 */
public record ScreeningResult(String outcome, List<IneligibleKind> kinds, String reason) {

  public static final String ELIGIBLE = "ELIGIBLE";
  public static final String INELIGIBLE = "INELIGIBLE";

  /** Screens a plan from the ticked kinds; a reason is required when any is ticked. */
  public static ScreeningResult of(Set<IneligibleKind> ticked, String reason) {
    List<IneligibleKind> kinds =
        List.of(IneligibleKind.values()).stream().filter(ticked::contains).toList();
    String trimmed = reason == null ? "" : reason.strip();
    if (!kinds.isEmpty() && trimmed.isEmpty()) {
      throw new IllegalArgumentException("screening.reason.required");
    }
    return new ScreeningResult(kinds.isEmpty() ? ELIGIBLE : INELIGIBLE, kinds, trimmed);
  }

  /** Rule keys for the event: one per ticked kind. */
  public List<String> reasonKeys() {
    return kinds.stream().map(k -> "screening." + k.name()).toList();
  }
}
