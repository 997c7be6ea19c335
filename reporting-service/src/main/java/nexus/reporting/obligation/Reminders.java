package nexus.reporting.obligation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nexus.events.ReportReminderDue;
import nexus.messaging.Outbox;
import nexus.reporting.obligation.domain.Duty;
import nexus.reporting.obligation.domain.ReminderStage;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Reminds institutions of reports due soon and overdue. The job runs once per cluster (ShedLock on
 * MongoDB), and each reminder is recorded on the plan with a write conditional on its id not being
 * there yet, so that a reminder is issued once even if two runs overlap; the e-mail follows from
 * the recorded {@link ReportReminderDue}.
 */
@Service
public class Reminders {

  private final MongoTemplate mongo;
  private final Obligations obligations;
  private final ReportingRules rules;
  private final Outbox outbox;
  private final Clock clock;

  Reminders(
      MongoTemplate mongo,
      Obligations obligations,
      ReportingRules rules,
      Outbox outbox,
      Clock clock) {
    this.mongo = mongo;
    this.obligations = obligations;
    this.rules = rules;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** The scheduled run: once per cluster at a time. */
  @Scheduled(cron = "${nexus.reporting.reminders-cron:0 0 * * * *}", zone = "Asia/Tokyo")
  @SchedulerLock(name = "report-reminders", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
  public void run() {
    remind(clock.instant());
  }

  /** Issues every reminder due at {@code now}; returns how many were issued by this call. */
  public int remind(Instant now) {
    int issued = 0;
    Query open = Query.query(Criteria.where("status").is(Obligations.OPEN));
    open.fields().exclude("outbox");
    for (ObligationDocument d : mongo.find(open, ObligationDocument.class)) {
      for (Duty duty : obligations.duties(d)) {
        Optional<ReminderStage> stage = duty.reminderAt(now, rules.reminderBefore());
        if (stage.isEmpty()) {
          continue;
        }
        String id = duty.reminderId(d.planId, stage.get());
        if (d.remindersSent.contains(id)) {
          continue;
        }
        ReportReminderDue event =
            new ReportReminderDue(
                d.planId,
                id,
                duty.kind().name(),
                duty.institutionId(),
                duty.dueAt(),
                stage.get().name(),
                now);
        var result =
            mongo.updateFirst(
                Query.query(Criteria.where("_id").is(d.planId).and("remindersSent").ne(id)),
                new Update().push("remindersSent", id).push("outbox", outbox.entryFor(event)),
                ObligationDocument.class);
        issued += (int) result.getModifiedCount();
      }
    }
    return issued;
  }
}
