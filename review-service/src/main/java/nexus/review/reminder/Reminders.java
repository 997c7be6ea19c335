package nexus.review.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nexus.events.EventEnvelope;
import nexus.events.ScoringReminderDue;
import nexus.messaging.Outbox;
import nexus.review.callsettings.CallSettings;
import nexus.review.callsettings.CallSettingsStore;
import nexus.review.mail.Mailer;
import nexus.review.reviewcase.CaseStatus;
import nexus.review.reviewcase.ReviewCaseDocument;
import nexus.review.reviewcase.ReviewCases;
import nexus.review.reviewer.Reviewers;
import nexus.review.scoring.ScoreSheetDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Finds the reviewers due a reminder — a call's scoring deadline is within the reminder window and
 * they have assigned plans without a submitted sheet — and records one {@link ScoringReminderDue}
 * per reviewer, call and deadline (the reminder's id makes a second run change nothing). The e-mail
 * goes out when the event comes back from review's own topic.
 */
@Service
public class Reminders {

  private static final Logger log = LoggerFactory.getLogger(Reminders.class);
  private static final DateTimeFormatter JST = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final MongoTemplate mongo;
  private final ReviewCases cases;
  private final CallSettingsStore settings;
  private final Reviewers reviewers;
  private final Outbox outbox;
  private final Mailer mailer;
  private final Clock clock;
  private final Duration window;

  Reminders(
      MongoTemplate mongo,
      ReviewCases cases,
      CallSettingsStore settings,
      Reviewers reviewers,
      Outbox outbox,
      Mailer mailer,
      Clock clock,
      @Value("${nexus.review.reminders.before:P3D}") Duration window) {
    this.mongo = mongo;
    this.cases = cases;
    this.settings = settings;
    this.reviewers = reviewers;
    this.outbox = outbox;
    this.mailer = mailer;
    this.clock = clock;
    this.window = window;
  }

  /** Records the reminders due now; returns how many were new. */
  public int recordDue() {
    Instant now = clock.instant();
    int recorded = 0;
    for (String callId : cases.callIds()) {
      CallSettings s = settings.of(callId);
      Instant deadline = s.scoringDeadline();
      if (deadline == null || now.isAfter(deadline) || now.isBefore(deadline.minus(window))) {
        continue;
      }
      Map<String, Integer> open = new HashMap<>();
      for (ReviewCaseDocument c : cases.ofCall(callId)) {
        if (!CaseStatus.reviewable(c)) {
          continue;
        }
        for (String reviewer : c.reviewers) {
          ScoreSheetDocument sheet =
              mongo.findById(ScoreSheetDocument.idOf(c.planId, reviewer), ScoreSheetDocument.class);
          if (sheet == null || !"SUBMITTED".equals(sheet.status)) {
            open.merge(reviewer, 1, Integer::sum);
          }
        }
      }
      for (Map.Entry<String, Integer> e : open.entrySet()) {
        if (record(callId, e.getKey(), deadline, e.getValue(), now)) {
          recorded++;
        }
      }
    }
    return recorded;
  }

  private boolean record(
      String callId, String reviewer, Instant deadline, int openPlans, Instant now) {
    ReminderDocument d = new ReminderDocument();
    d.id = callId + "|" + reviewer + "|" + deadline.getEpochSecond();
    d.callId = callId;
    d.reviewer = reviewer;
    d.deadline = deadline;
    d.openPlans = openPlans;
    d.dueAt = now;
    d.outbox =
        List.of(
            outbox.entryFor(
                new ScoringReminderDue(d.id, callId, reviewer, deadline, openPlans, now)));
    try {
      mongo.insert(d);
      return true;
    } catch (DuplicateKeyException already) {
      return false;
    }
  }

  /** Sends the reminder e-mail of an event from review's own topic. */
  public void send(ScoringReminderDue due, EventEnvelope envelope) {
    var reviewer = reviewers.one(due.reviewer());
    if (reviewer.isEmpty() || reviewer.get().email() == null || reviewer.get().email().isBlank()) {
      log.warn("reviewer {}: no e-mail address, no reminder sent", due.reviewer());
      return;
    }
    mailer.send(
        reviewer.get().email(),
        "ja",
        "scoring-reminder",
        due.callId(),
        Map.of(
            "name", reviewer.get().name(),
            "callId", due.callId(),
            "deadline", JST.format(due.deadline().atZone(ZoneId.of("Asia/Tokyo"))),
            "openPlans", due.openPlans()));
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(due.reminderId())),
        new Update().set("sentAt", clock.instant()),
        ReminderDocument.class);
  }
}
