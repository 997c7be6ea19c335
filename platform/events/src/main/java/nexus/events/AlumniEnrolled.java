package nexus.events;

import java.time.Instant;

/**
 * A participant became a member of the alumni association.
 *
 * @param planId plan id of the completed exchange
 * @param alumnusId alumni member id
 * @param enrolledAt enrolment instant
 */
@EventType(name = "alumni.enrolled", version = 1)
public record AlumniEnrolled(String planId, String alumnusId, Instant enrolledAt)
    implements PlanEvent {}
