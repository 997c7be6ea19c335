package nexus.reporting.incident;

import java.time.Instant;

/** An incident report as the host and staff see it. */
public record IncidentView(
    String id,
    String planId,
    String institutionId,
    String severity,
    Instant occurredAt,
    String place,
    String what,
    String harmed,
    String actions,
    Instant reportedAt,
    Instant acknowledgedAt,
    String acknowledgedBy) {

  static IncidentView of(IncidentDocument d) {
    return new IncidentView(
        d.id,
        d.planId,
        d.institutionId,
        d.severity,
        d.occurredAt,
        d.place,
        d.what,
        d.harmed,
        d.actions,
        d.reportedAt,
        d.acknowledgedAt,
        d.acknowledgedBy);
  }
}
