package nexus.reporting.mail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import nexus.events.IncidentReported;
import nexus.events.ReportReminderDue;
import nexus.reporting.incident.Incidents;
import nexus.reporting.obligation.Obligations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The e-mails reporting sends, each for one event on its own topic: a report reminder to the
 * institution's known contacts (reporting staff when none is known yet), an incident alert to
 * reporting staff at once. Addresses never travel on the topic: they are read here.
 */
@Component
public class MailEvents {

  private static final Logger log = LoggerFactory.getLogger(MailEvents.class);
  static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  static final DateTimeFormatter JST = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Mailer mailer;
  private final Obligations obligations;
  private final Incidents incidents;
  private final String staffAddress;
  private final String linkBase;

  MailEvents(
      Mailer mailer,
      Obligations obligations,
      Incidents incidents,
      @Value("${nexus.reporting.mail.staff-address}") String staffAddress,
      @Value("${nexus.reporting.mail.link-base-url}") String linkBase) {
    this.mailer = mailer;
    this.obligations = obligations;
    this.incidents = incidents;
    this.staffAddress = staffAddress;
    this.linkBase = linkBase;
  }

  /** A reminder of a report due soon or overdue. */
  public void reminder(ReportReminderDue event) {
    List<String> to = obligations.contacts(event.planId(), event.institutionId());
    if (to.isEmpty()) {
      to = List.of(staffAddress);
    }
    String title = obligations.one(event.planId()).map(o -> o.title()).orElse(event.planId());
    for (String address : to) {
      mailer.send(
          address,
          "ja",
          "reminder_" + event.stage().toLowerCase(java.util.Locale.ROOT),
          title,
          Map.of(
              "title", String.valueOf(title),
              "planId", event.planId(),
              "duty", event.duty(),
              "institution", event.institutionId(),
              "dueAt", JST.format(event.dueAt().atZone(JAPAN)),
              "link", linkBase + "/plans/" + event.planId()));
    }
    log.info("reminder {} sent to {} address(es)", event.reminderId(), to.size());
  }

  /** An incident alert to reporting staff. */
  public void incident(IncidentReported event) {
    incidents
        .find(event.incidentId())
        .ifPresent(
            i ->
                mailer.send(
                    staffAddress,
                    "ja",
                    "incident",
                    event.planId(),
                    Map.of(
                        "planId", event.planId(),
                        "severity", event.severity(),
                        "what", i.what(),
                        "where", i.place(),
                        "harmed", i.harmed(),
                        "actions", i.actions(),
                        "occurredAt", JST.format(i.occurredAt().atZone(JAPAN)),
                        "reportedAt", JST.format(event.reportedAt().atZone(JAPAN)),
                        "link", linkBase + "/dashboard")));
    log.info("incident alert sent for {}", event.incidentId());
  }
}
