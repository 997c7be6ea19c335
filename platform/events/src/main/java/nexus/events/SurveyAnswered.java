package nexus.events;

import java.time.Instant;

/**
 * A host answered a follow-up survey.
 *
 * @param campaignId campaign id
 * @param planId plan id
 * @param answeredAt answer instant
 */
@EventType(name = "survey.answered", version = 1)
public record SurveyAnswered(String campaignId, String planId, Instant answeredAt)
    implements PlanEvent {}
