package nexus.reporting.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nexus.messaging.OutboxEntry;
import nexus.reporting.survey.domain.ActionItem;
import nexus.reporting.survey.domain.Question;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** How surveys are stored: definitions, campaigns, respondents and action plans. */
public final class SurveyDocuments {

  private SurveyDocuments() {}

  @Document("survey_definitions")
  static class Definition {
    @Id String id;
    String titleJa;
    String titleEn;
    List<Question> questions = new ArrayList<>();
    Instant createdAt;
  }

  /** A yearly campaign: its cron, window and launch state; carries its launch event. */
  @Document("survey_campaigns")
  static class Campaign {
    @Id String id;
    String definitionId;
    int surveyYear;
    String cron;
    Instant opensAt;
    Instant closesAt;
    String status;
    Instant createdAt;
    Instant launchedAt;
    Instant lastTickAt;

    /** PI and/or PARTICIPANT; null (campaigns scheduled before it existed): both */
    List<String> roles;

    long targets;

    /** participants of the surveyed exchanges whom alumni did not allow to be mailed at launch */
    long unreachable;

    List<OutboxEntry> outbox = new ArrayList<>();
  }

  /** One respondent of a campaign: only hashes of their link tokens are kept. */
  @Document("survey_respondents")
  @CompoundIndex(name = "campaign_status", def = "{'campaignId': 1, 'status': 1}")
  static class Respondent {
    /** Written, not mailed yet (or its batch failed: the launch event's handler mails it). */
    static final String PENDING = "PENDING";

    static final String INVITED = "INVITED";
    static final String PARTIAL = "PARTIAL";
    static final String ANSWERED = "ANSWERED";

    static final String PI = "PI";
    static final String PARTICIPANT = "PARTICIPANT";

    @Id String id;
    String campaignId;
    @Indexed String planId;
    String role;
    String participantId;

    /** a PI's address; a participant's is alumni's, looked up each time they are mailed */
    String email;

    int yearsAfter;
    @Indexed List<String> tokenHashes = new ArrayList<>();
    Map<String, String> answers = new HashMap<>();
    List<ActionAnswer> actionItems = new ArrayList<>();
    String status;
    Instant invitedAt;
    Instant remindedAt;
    Instant answeredAt;
    // its final answers are in the outcome indicators' counters
    boolean indicatorsCounted;
  }

  /**
   * Where an action item stands, as the respondent says.
   *
   * @param key the item's {@link ActionItem#key()}
   * @param status DONE, IN_PROGRESS, NOT_STARTED or DROPPED
   * @param note what happened
   */
  public record ActionAnswer(String key, String status, String note) {}

  /** A plan's action plan (its id is the plan id). */
  @Document("action_plans")
  static class ActionPlan {
    @Id String planId;
    List<ActionItem> items = new ArrayList<>();
    Instant updatedAt;
  }
}
