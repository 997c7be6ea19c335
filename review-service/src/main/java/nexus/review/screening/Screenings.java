package nexus.review.screening;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nexus.events.PlanScreened;
import nexus.messaging.Outbox;
import nexus.messaging.OutboxEntry;
import nexus.review.reviewcase.CaseStatus;
import nexus.review.reviewcase.ReviewCaseDocument;
import nexus.review.reviewcase.ReviewCases;
import nexus.review.screening.domain.IneligibleKind;
import nexus.review.screening.domain.ScreeningResult;
import nexus.web.NotFoundException;
import nexus.web.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Records staff's screening of a case and publishes {@link PlanScreened} through the outbox. */
@Service
public class Screenings {

  private final ReviewCases cases;
  private final Outbox outbox;
  private final Clock clock;

  private final Set<String> eligibleCountries;

  Screenings(
      ReviewCases cases,
      Outbox outbox,
      Clock clock,
      @Value("${nexus.review.eligible-countries:}") List<String> eligibleCountries) {
    this.cases = cases;
    this.outbox = outbox;
    this.clock = clock;
    List<String> codes =
        eligibleCountries.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
    this.eligibleCountries = codes.isEmpty() ? null : Set.copyOf(codes);
  }

  /** Screens a received (or re-screens a screened, undecided) case. */
  public ScreeningResult screen(
      String planId, Set<IneligibleKind> kinds, String reason, String staff) {
    ReviewCaseDocument c =
        cases.document(planId).orElseThrow(() -> new NotFoundException("case " + planId));
    if (!List.of(CaseStatus.RECEIVED, CaseStatus.ELIGIBLE, CaseStatus.INELIGIBLE)
        .contains(c.status)) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "screening.closed", c.status);
    }
    ScreeningResult result;
    try {
      result = ScreeningResult.of(kinds, reason, c.counterpartCountries, eligibleCountries);
    } catch (IllegalArgumentException e) {
      throw new RuleViolationException(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    }
    Instant now = clock.instant();
    List<String> reasons = new java.util.ArrayList<>(result.reasonKeys());
    if (!result.reason().isEmpty()) {
      reasons.add(result.reason());
    }
    Update update =
        new Update()
            .set("status", result.outcome())
            .set(
                "screening",
                new ReviewCaseDocument.Screening(
                    result.outcome(),
                    result.kinds().stream().map(Enum::name).toList(),
                    result.reason(),
                    staff,
                    now));
    OutboxEntry screened =
        outbox.entryFor(new PlanScreened(planId, c.callId, result.outcome(), reasons, now));
    if (ScreeningResult.INELIGIBLE.equals(result.outcome())) {
      update.set("pinnedReviewers", List.of());
      cases.updateReviewers(c, List.of(), update, screened);
    } else {
      cases.update(planId, update.push("outbox", screened));
    }
    return result;
  }
}
