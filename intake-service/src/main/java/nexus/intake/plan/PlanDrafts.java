package nexus.intake.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import nexus.events.PlanSnapshot;
import nexus.intake.award.AwardedPlans;
import nexus.intake.call.CallCatalog;
import nexus.intake.call.domain.Call;
import nexus.intake.document.PlanDocuments;
import nexus.intake.document.StoredDocument;
import nexus.intake.institution.Registrations;
import nexus.intake.plan.DraftRequests.DraftEdit;
import nexus.intake.plan.DraftRequests.DraftView;
import nexus.intake.plan.DraftRequests.NewDraft;
import nexus.intake.plan.DraftRequests.Problem;
import nexus.intake.plan.domain.PartnerInstitution;
import nexus.intake.plan.domain.Plan;
import nexus.intake.plan.domain.PlanContent;
import nexus.intake.plan.domain.PlanStatus;
import nexus.intake.plan.rules.NoParticipantInBothCoursesRule;
import nexus.intake.plan.rules.OnePlanPerCourseRule;
import nexus.intake.plan.rules.PlanRuleBook;
import nexus.intake.plan.rules.SubmissionRule;
import nexus.messaging.Outbox;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import nexus.web.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Drafting a plan step by step and submitting it: every save is checked against the call's rules
 * (and kept even when it breaks them); submission needs the call's window open and no broken rule.
 */
@Service
public class PlanDrafts {

  private final PlanRepository plans;
  private final PlanDocuments documents;
  private final ReceiptNumbers receipts;
  private final CallCatalog calls;
  private final Outbox outbox;
  private final Clock clock;
  private final MessageSource messages;
  private final RuleMessages ruleMessages;
  private final AwardedPlans awardedPlans;
  private final PiPlans piPlans;
  private final Registrations registrations;
  private final PlanRuleBook rules = PlanRuleBook.standard();
  private final List<SubmissionRule> submissionRules =
      List.of(new OnePlanPerCourseRule(), new NoParticipantInBothCoursesRule());

  PlanDrafts(
      PlanRepository plans,
      CallCatalog calls,
      PlanDocuments documents,
      ReceiptNumbers receipts,
      Outbox outbox,
      Clock clock,
      MessageSource messages,
      RuleMessages ruleMessages,
      AwardedPlans awardedPlans,
      PiPlans piPlans,
      Registrations registrations) {
    this.registrations = registrations;
    this.ruleMessages = ruleMessages;
    this.awardedPlans = awardedPlans;
    this.piPlans = piPlans;
    this.plans = plans;
    this.documents = documents;
    this.receipts = receipts;
    this.calls = calls;
    this.outbox = outbox;
    this.clock = clock;
    this.messages = messages;
  }

  public DraftView start(CurrentUser user, NewDraft request) {
    PlanPreconditions.requireInstitution(user);
    Call call = call(request.callId());
    PlanPreconditions.requireCourse(call, request.course());
    Plan plan =
        Plan.draft(
            call.id(),
            user.institutionId(),
            user.institutionName(),
            request.course(),
            request.title().trim(),
            List.of(),
            0);
    PlanDocument document = PlanDocument.from(plan);
    document.piSubject = user.subject();
    document.piEmail = user.email();
    document.piLanguage = LocaleContextHolder.getLocale().getLanguage();
    document.outbox.add(outbox.entryFor(plan.drafted(clock.instant())));
    plans.save(document);
    return view(plan);
  }

  public DraftView edit(CurrentUser user, String id, DraftEdit edit) {
    PlanDocument document = own(user, id);
    Plan plan = document.toPlan();
    if (!plan.isEditable()) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "draft.not-editable", plan.status());
    }
    PlanContent content = withCourse(edit.content(), plan);
    plan.edit(edit.title().trim(), edit.field(), content);
    document.update(plan);
    plans.save(document);
    return view(plan);
  }

  /**
   * The rules a draft would break with this content, without saving it (the wizard's check as the
   * user types).
   */
  public List<Problem> preview(CurrentUser user, String id, PlanContent content) {
    Plan plan = own(user, id).toPlan();
    PlanContent checked = withCourse(content, plan);
    return checked == null
        ? List.of()
        : ruleMessages.problems(rules.check(checked, call(plan.callId())));
  }

  /**
   * Everything that stands between a draft and its submission right now: broken rules, missing
   * documents, the same PI's other plans, and a closed window. Empty: it can be submitted.
   */
  public List<Problem> blockers(CurrentUser user, String id) {
    PlanDocument document = own(user, id);
    Plan plan = document.toPlan();
    Call call = call(plan.callId());
    List<Problem> blockers = new java.util.ArrayList<>();
    if (!call.acceptsSubmissionAt(clock.instant())) {
      blockers.add(
          new Problem(
              "window-closed",
              "submission",
              List.of(call.opensAt(), call.closesAt()),
              messages.getMessage(
                  "submission.window-closed",
                  new Object[] {call.opensAt(), call.closesAt()},
                  LocaleContextHolder.getLocale())));
    }
    if (plan.content() == null) {
      return blockers;
    }
    blockers.addAll(ruleMessages.problems(rules.check(plan.content(), call)));
    blockers.addAll(missingDocuments(plan, call, documents.list(plan.id(), call.documents())));
    blockers.addAll(duplicates(plan, document.piSubject));
    return blockers;
  }

  public DraftView view(CurrentUser user, String id) {
    return view(own(user, id).toPlan());
  }

  /**
   * Submits a draft once: a repeated request with the same idempotency key gets the same answer.
   *
   * @throws SubmissionRefusedException outside the call's window or while a rule is broken
   */
  public DraftView submit(CurrentUser user, String id, String idempotencyKey) {
    PlanDocument document = own(user, id);
    Plan plan = document.toPlan();
    if (plan.status() == PlanStatus.SUBMITTED) {
      if (idempotencyKey != null && idempotencyKey.equals(document.submissionKey)) {
        return view(plan);
      }
      throw new RuleViolationException(HttpStatus.CONFLICT, "draft.already-submitted");
    }
    Call call = call(plan.callId());
    Instant now = clock.instant();
    if (!call.acceptsSubmissionAt(now)) {
      throw new SubmissionRefusedException(
          "submission.window-closed", List.of(), call.opensAt(), call.closesAt());
    }
    if (plan.content() == null) {
      throw new SubmissionRefusedException("submission.rules", List.of());
    }
    List<Problem> violations = ruleMessages.problems(rules.check(plan.content(), call));
    if (!violations.isEmpty()) {
      throw new SubmissionRefusedException("submission.rules", violations);
    }
    List<StoredDocument> stored = documents.list(plan.id(), call.documents());
    List<Problem> missing = missingDocuments(plan, call, stored);
    if (!missing.isEmpty()) {
      throw new SubmissionRefusedException("submission.documents", missing);
    }
    List<Problem> duplicates = duplicates(plan, document.piSubject);
    if (!duplicates.isEmpty()) {
      throw new SubmissionRefusedException("submission.duplicate", duplicates);
    }
    if (plan.receiptNumber() == null) {
      plan.withReceiptNumber(receipts.next(plan.callId()));
    }
    List<PlanSnapshot.Document> submitted =
        stored.stream()
            .map(d -> new PlanSnapshot.Document(d.kind(), d.fileName(), d.sha256(), d.size()))
            .toList();
    String institutionType = registrations.typeOf(plan.institutionId()).orElse(null);
    document.outbox.add(outbox.entryFor(plan.submit(now, submitted, institutionType)));
    document.update(plan);
    document.submissionKey = idempotencyKey;
    if (document.piSubject != null) {
      piPlans.submitting(plan.callId(), document.piSubject, plan.id());
    }
    plans.save(document);
    // checked just now: no broken rule, these documents
    return new DraftView(PlanView.of(plan), plan.field(), plan.content(), List.of(), stored);
  }

  /** A plan as staff see it: content, broken rules, documents (no institution check). */
  DraftView staffView(Plan plan) {
    return view(plan);
  }

  private DraftView view(Plan plan) {
    Call call = call(plan.callId());
    List<Problem> problems =
        plan.content() == null
            ? List.of()
            : ruleMessages.problems(rules.check(plan.content(), call));
    return new DraftView(
        PlanView.of(plan),
        plan.field(),
        plan.content(),
        problems,
        documents.list(plan.id(), call.documents()));
  }

  /**
   * Withdraws the submitted version before the deadline; the plan can then be changed and submitted
   * again as its next version.
   */
  public DraftView withdraw(CurrentUser user, String id, String reason) {
    PlanDocument document = own(user, id);
    Plan plan = document.toPlan();
    if (plan.status() != PlanStatus.SUBMITTED) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "draft.not-submitted", plan.status());
    }
    Call call = call(plan.callId());
    Instant now = clock.instant();
    if (!call.acceptsSubmissionAt(now)) {
      throw new SubmissionRefusedException(
          "submission.window-closed", List.of(), call.opensAt(), call.closesAt());
    }
    document.outbox.add(outbox.entryFor(plan.withdraw(now, reason == null ? "" : reason)));
    document.update(plan);
    document.submissionKey = null;
    plans.save(document);
    if (document.piSubject != null) {
      piPlans.withdrawn(plan.callId(), document.piSubject, plan.id());
    }
    return view(plan);
  }

  /** Uploads one document of a draft (a new upload of a kind replaces the old one). */
  public StoredDocument upload(
      CurrentUser user, String id, String kind, String name, byte[] content) {
    Plan plan = own(user, id).toPlan();
    if (!plan.isEditable()) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "draft.not-editable", plan.status());
    }
    Call call = call(plan.callId());
    return documents.store(
        id, call.documents(), kind, plan.institutionName(), name, content, user.subject());
  }

  /** A document of one of the user's institution's plans. */
  public Resource document(CurrentUser user, String id, String kind) {
    own(user, id);
    return documents.content(id, kind).orElseThrow(() -> new NotFoundException("document " + kind));
  }

  private List<Problem> missingDocuments(Plan plan, Call call, List<StoredDocument> stored) {
    boolean fundedPartner = plan.content().partners().stream().anyMatch(PartnerInstitution::funded);
    Locale locale = LocaleContextHolder.getLocale();
    return PlanDocuments.missing(stored, call.documents(), fundedPartner).stream()
        .map(
            k ->
                new Problem(
                    "document-required",
                    "documents." + k.code(),
                    List.of(k.code()),
                    messages.getMessage(
                        "rule.document-required",
                        new Object[] {"ja".equals(locale.getLanguage()) ? k.nameJa() : k.nameEn()},
                        locale)))
        .toList();
  }

  /**
   * The duplicate rules: against the same PI's other submitted plans of this call, and their
   * awarded plans of any call.
   */
  private List<Problem> duplicates(Plan plan, String piSubject) {
    List<Plan> samePi =
        piPlans.submittedBy(plan.callId(), piSubject, plan.id()).stream()
            .map(PlanDocument::toPlan)
            .toList();
    return ruleMessages.problems(
        Stream.concat(
                submissionRules.stream().flatMap(rule -> rule.check(plan, samePi).stream()),
                awardedPlans.overlapping(plan, piSubject).stream())
            .toList());
  }

  /** The draft's course is the plan's; the content cannot change it behind the plan's back. */
  private static PlanContent withCourse(PlanContent c, Plan plan) {
    return c == null ? null : c.inCourse(plan.course().name());
  }

  private PlanDocument own(CurrentUser user, String id) {
    return plans
        .findByIdAndInstitutionId(id, Objects.toString(user.institutionId()))
        .orElseThrow(() -> new NotFoundException("plan " + id));
  }

  private Call call(String callId) {
    return calls.find(callId).orElseThrow(() -> new NotFoundException("call " + callId));
  }
}
