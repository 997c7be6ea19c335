package nexus.intake.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nexus.events.PlanSubmitted;
import nexus.intake.call.CallCatalog;
import nexus.intake.call.domain.Call;
import nexus.intake.plan.domain.Counterpart;
import nexus.intake.plan.domain.Plan;
import nexus.intake.plan.domain.PlanContent;
import nexus.intake.plan.domain.PlanStatus;
import nexus.intake.plan.rules.CounterpartCountryRule;
import nexus.messaging.Outbox;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import nexus.web.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Submitting plans and reading one's own: the application layer of the plan feature. */
@Service
public class PlanSubmissions {

  private static final Logger log = LoggerFactory.getLogger(PlanSubmissions.class);

  private final PlanRepository plans;
  private final Outbox outbox;
  private final Clock clock;
  private final CallCatalog calls;
  private final ReceiptNumbers receipts;

  PlanSubmissions(
      PlanRepository plans,
      Outbox outbox,
      Clock clock,
      CallCatalog calls,
      ReceiptNumbers receipts) {
    this.receipts = receipts;
    this.plans = plans;
    this.outbox = outbox;
    this.clock = clock;
    this.calls = calls;
  }

  /** Submits a plan for the user's institution; the plan and its event are saved in one write. */
  public PlanView submit(CurrentUser user, NewPlan request) {
    PlanPreconditions.requireInstitution(user);
    List<String> countries =
        request.counterpartCountries().stream().map(c -> c.trim().toUpperCase()).toList();
    Instant now = clock.instant();
    Call call =
        calls
            .openAt(now)
            .orElseThrow(
                () ->
                    new RuleViolationException(
                        HttpStatus.UNPROCESSABLE_CONTENT, "submission.no-open-call"));
    PlanPreconditions.requireCourse(call, request.course());
    List<String> outside = outsideTheCall(countries, call);
    if (!outside.isEmpty()) {
      throw new RuleViolationException(
          HttpStatus.UNPROCESSABLE_CONTENT, "plan.countries.asean", String.join(", ", outside));
    }
    Plan plan =
        Plan.draft(
            call.id(),
            user.institutionId(),
            user.institutionName(),
            request.course(),
            request.title().trim(),
            countries,
            request.requestedAmountJpy());
    plan.withReceiptNumber(receipts.next(call.id()));
    PlanSubmitted submitted = plan.submit(now);
    PlanDocument document = PlanDocument.from(plan);
    document.piEmail = user.email();
    document.piLanguage = LocaleContextHolder.getLocale().getLanguage();
    document.outbox.add(outbox.entryFor(submitted));
    plans.save(document);
    log.info(
        "plan {} submitted to {} by institution {}", plan.id(), call.id(), user.institutionId());
    return PlanView.of(plan);
  }

  /** The countries the call's counterpart-country rule refuses (the rule is the one drafts use). */
  private static List<String> outsideTheCall(List<String> countries, Call call) {
    PlanContent counterparts =
        new PlanContent(
            null,
            null,
            null,
            countries.stream().map(c -> new Counterpart(null, c)).toList(),
            null,
            null,
            null,
            0,
            null);
    CounterpartCountryRule rule = new CounterpartCountryRule();
    return rule.check(counterparts, call, null).stream()
        .filter(v -> v.rule().equals(rule.name()))
        .map(v -> String.valueOf(v.arguments().get(0)))
        .toList();
  }

  /** The user's institution's plans. */
  public Page<PlanView> mine(CurrentUser user, Pageable pageable) {
    if (user.institutionId() == null) {
      return Page.empty(pageable);
    }
    return plans
        .findByInstitutionId(user.institutionId(), pageable)
        .map(d -> PlanView.of(d.toPlan()));
  }

  /** One plan of the user's institution; another institution's plan is "not found". */
  public PlanView one(CurrentUser user, String id) {
    return plans
        .findByIdAndInstitutionId(id, String.valueOf(user.institutionId()))
        .map(d -> PlanView.of(d.toPlan()))
        .orElseThrow(() -> new NotFoundException("plan " + id));
  }

  /** Counts per status for the staff dashboard. */
  public long count(PlanStatus status) {
    return plans.countByStatus(status.name());
  }
}
