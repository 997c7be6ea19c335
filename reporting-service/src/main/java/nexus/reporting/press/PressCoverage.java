package nexus.reporting.press;

import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;
import nexus.reporting.obligation.ObligationView;
import nexus.reporting.obligation.Obligations;
import nexus.web.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

/**
 * Press coverage (報道): the plan's institutions tell the agency whenever their exchange is in the
 * press; reporting staff list, search and export it. The plan must be one of the reporter's
 * institution (else not found), as for every host report.
 */
@Service
public class PressCoverage {

  private final MongoTemplate mongo;
  private final Obligations obligations;
  private final Clock clock;

  PressCoverage(MongoTemplate mongo, Obligations obligations, Clock clock) {
    this.mongo = mongo;
    this.obligations = obligations;
    this.clock = clock;
  }

  /** Stores one piece of coverage of a plan the user's institution takes part in. */
  public PressCoverageView report(String planId, PressCoverageForm form, CurrentUser user) {
    ObligationView plan = obligations.visibleTo(planId, user);
    PressCoverageDocument d = new PressCoverageDocument();
    d.id = "press-" + UUID.randomUUID();
    d.planId = planId;
    d.callId = plan.callId();
    d.planTitle = plan.title();
    d.hostInstitutionName = plan.hostInstitutionName();
    d.institutionId = user.institutionId();
    d.medium = form.medium();
    d.outlet = form.outlet().strip();
    d.title = form.title().strip();
    d.publishedOn = form.publishedOn();
    d.url = form.url();
    d.note = form.note();
    d.reportedBy = user.subject();
    d.reportedAt = clock.instant();
    mongo.insert(d);
    return PressCoverageView.of(d);
  }

  /** A plan's coverage, for its institutions and staff (others: not found). */
  public Page<PressCoverageView> ofPlan(String planId, CurrentUser user, Pageable pageable) {
    obligations.visibleTo(planId, user);
    return page(Query.query(Criteria.where("planId").is(planId)), pageable);
  }

  /**
   * Every plan's coverage for staff, newest first: optionally one call's, optionally with words in
   * the outlet, the title or the plan's title.
   */
  public Page<PressCoverageView> search(String callId, String text, Pageable pageable) {
    Query q = new Query();
    if (callId != null && !callId.isBlank()) {
      q.addCriteria(Criteria.where("callId").is(callId));
    }
    if (text != null && !text.isBlank()) {
      Pattern words = Pattern.compile(Pattern.quote(text.strip()), Pattern.CASE_INSENSITIVE);
      q.addCriteria(
          new Criteria()
              .orOperator(
                  Criteria.where("outlet").regex(words),
                  Criteria.where("title").regex(words),
                  Criteria.where("planTitle").regex(words)));
    }
    return page(q, pageable);
  }

  private Page<PressCoverageView> page(Query q, Pageable pageable) {
    Query paged = Query.of(q).with(pageable);
    return PageableExecutionUtils.getPage(
            mongo.find(paged, PressCoverageDocument.class),
            pageable,
            () -> mongo.count(q, PressCoverageDocument.class))
        .map(PressCoverageView::of);
  }
}
