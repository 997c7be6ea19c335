package nexus.events;

import java.time.Instant;

/**
 * The host reported an accident or trouble.
 *
 * @param planId plan id
 * @param incidentId incident id
 * @param severity severity code
 * @param reportedAt report instant
 */
@EventType(name = "incident.reported", version = 1)
public record IncidentReported(
    String planId, String incidentId, String severity, Instant reportedAt) implements PlanEvent {}
