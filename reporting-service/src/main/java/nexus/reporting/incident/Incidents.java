package nexus.reporting.incident;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nexus.events.IncidentReported;
import nexus.messaging.Outbox;
import nexus.reporting.obligation.Obligations;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

/**
 * Incident reports: a plan's institution reports at any time; the report is stored with its {@code
 * IncidentReported} in one write, staff are mailed from the event and see a banner until one of
 * them acknowledges it.
 */
@Service
public class Incidents {

  private final MongoTemplate mongo;
  private final Obligations obligations;
  private final Outbox outbox;
  private final Clock clock;

  Incidents(MongoTemplate mongo, Obligations obligations, Outbox outbox, Clock clock) {
    this.mongo = mongo;
    this.obligations = obligations;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** Stores the report and its event; the plan must be one of the reporter's institution. */
  public IncidentView report(String planId, IncidentForm form, CurrentUser user) {
    obligations.visibleTo(planId, user);
    IncidentDocument d = new IncidentDocument();
    d.id = "inc-" + UUID.randomUUID();
    d.planId = planId;
    d.institutionId = user.institutionId();
    d.severity = form.severity();
    d.occurredAt = form.occurredAt();
    d.place = form.place();
    d.what = form.what();
    d.harmed = form.harmed();
    d.actions = form.actions();
    d.reportedBy = user.subject();
    d.reportedAt = clock.instant();
    d.outbox.add(outbox.entryFor(new IncidentReported(planId, d.id, d.severity, d.reportedAt)));
    mongo.insert(d);
    return IncidentView.of(d);
  }

  public Optional<IncidentView> find(String id) {
    return Optional.ofNullable(mongo.findById(id, IncidentDocument.class)).map(IncidentView::of);
  }

  /** Incidents not yet acknowledged by staff, newest first: the dashboard's banner. */
  public List<IncidentView> unacknowledged() {
    Query q =
        Query.query(Criteria.where("acknowledgedAt").is(null))
            .with(Sort.by("reportedAt").descending())
            .limit(50);
    return mongo.find(q, IncidentDocument.class).stream().map(IncidentView::of).toList();
  }

  /** A page of incidents, newest first; a plan's institution sees only its plans'. */
  public Page<IncidentView> page(String planId, Pageable pageable) {
    Query q = planId == null ? new Query() : Query.query(Criteria.where("planId").is(planId));
    Query paged = Query.of(q).with(pageable);
    return PageableExecutionUtils.getPage(
            mongo.find(paged, IncidentDocument.class),
            pageable,
            () -> mongo.count(q, IncidentDocument.class))
        .map(IncidentView::of);
  }

  /** A staff member has taken the incident in hand: the banner goes. */
  public IncidentView acknowledge(String id, CurrentUser user) {
    var result =
        mongo.updateFirst(
            Query.query(Criteria.where("_id").is(id)),
            new Update().set("acknowledgedAt", clock.instant()).set("acknowledgedBy", user.name()),
            IncidentDocument.class);
    if (result.getMatchedCount() == 0) {
      throw new NotFoundException("incident " + id);
    }
    return find(id).orElseThrow();
  }
}
