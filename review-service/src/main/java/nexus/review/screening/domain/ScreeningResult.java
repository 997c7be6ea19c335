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
    return of(ticked, reason, List.of(), null);
  }

  /**
   * Screens a plan: a counterpart country outside the call's eligible countries makes it ineligible
   * whatever was ticked (the countries become the reason when staff gave none).
   *
   * @param eligibleCountries the call's countries; null when not configured (no check)
   */
  public static ScreeningResult of(
      Set<IneligibleKind> ticked,
      String reason,
      List<String> planCountries,
      Set<String> eligibleCountries) {
    Set<IneligibleKind> all = java.util.EnumSet.noneOf(IneligibleKind.class);
    all.addAll(ticked);
    String trimmed = reason == null ? "" : reason.strip();
    if (eligibleCountries != null) {
      List<String> outside =
          planCountries.stream().filter(c -> !eligibleCountries.contains(c)).toList();
      if (!outside.isEmpty()) {
        all.add(IneligibleKind.NON_ELIGIBLE_COUNTRY);
        if (trimmed.isEmpty()) {
          trimmed = String.join(", ", outside);
        }
      }
    }
    List<IneligibleKind> kinds =
        List.of(IneligibleKind.values()).stream().filter(all::contains).toList();
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
