package nexus.events;

import java.time.Instant;
import java.util.List;

/**
 * A follow-up survey campaign was launched.
 *
 * @param campaignId campaign id
 * @param surveyYear survey year
 * @param planIds plans surveyed
 * @param launchedAt launch instant
 */
@EventType(name = "survey-campaign.launched", version = 1)
public record SurveyCampaignLaunched(
    String campaignId, int surveyYear, List<String> planIds, Instant launchedAt)
    implements IntegrationEvent {
  /** Defensive copies keep the event immutable. */
  public SurveyCampaignLaunched {
    planIds = planIds == null ? List.of() : List.copyOf(planIds);
  }

  @Override
  public String key() {
    return campaignId;
  }
}
