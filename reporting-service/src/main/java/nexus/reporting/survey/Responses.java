package nexus.reporting.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nexus.events.SurveyAnswered;
import nexus.reporting.obligation.Obligations;
import nexus.reporting.obligation.PlanFacts;
import nexus.reporting.survey.SurveyDocuments.ActionAnswer;
import nexus.reporting.survey.SurveyDocuments.Campaign;
import nexus.reporting.survey.SurveyDocuments.Definition;
import nexus.reporting.survey.SurveyDocuments.Respondent;
import nexus.reporting.survey.domain.ActionItem;
import nexus.reporting.survey.domain.Answers;
import nexus.web.RuleViolationException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * A respondent's answers behind their personal link: partial saves, then the final answer, which is
 * counted into the outcome indicators and recorded as {@link SurveyAnswered}.
 */
@Service
public class Responses {

  static final Set<String> ACTION_STATUSES =
      Set.of("DONE", "IN_PROGRESS", "NOT_STARTED", "DROPPED");

  private final MongoTemplate mongo;
  private final SurveyLinks links;
  private final SurveyDefinitions definitions;
  private final ActionPlans actionPlans;
  private final Obligations obligations;
  private final IndicatorCounters indicatorCounters;
  private final Clock clock;

  Responses(
      MongoTemplate mongo,
      SurveyLinks links,
      SurveyDefinitions definitions,
      ActionPlans actionPlans,
      Obligations obligations,
      IndicatorCounters indicatorCounters,
      Clock clock) {
    this.mongo = mongo;
    this.links = links;
    this.definitions = definitions;
    this.actionPlans = actionPlans;
    this.obligations = obligations;
    this.indicatorCounters = indicatorCounters;
    this.clock = clock;
  }

  /** What a respondent sees behind their link. */
  public record Form(
      String campaignId,
      int surveyYear,
      DefinitionView definition,
      String planTitle,
      String role,
      Map<String, String> answers,
      List<ActionItem> actionItems,
      Map<String, ActionAnswer> actionAnswers,
      String status,
      Instant closesAt) {}

  /**
   * The respondent behind a link, while their campaign is open; else not found (an unknown,
   * mistyped or someone else's expired link tells nothing).
   */
  public Form open(String token) {
    Respondent r = links.respondent(token);
    Campaign c = mongo.findById(r.campaignId, Campaign.class);
    Definition d = definitions.definition(c.definitionId);
    List<ActionItem> items =
        Respondent.PI.equals(r.role) ? actionPlans.actionPlan(r.planId) : List.of();
    Map<String, ActionAnswer> actionAnswers = new LinkedHashMap<>();
    r.actionItems.forEach(a -> actionAnswers.put(a.key(), a));
    return new Form(
        c.id,
        c.surveyYear,
        DefinitionView.of(d),
        obligations.facts(r.planId).map(PlanFacts::title).orElse(r.planId),
        r.role,
        Map.copyOf(r.answers),
        items,
        actionAnswers,
        r.status,
        c.closesAt);
  }

  /**
   * Saves answers: partially, or as the final answer (required questions needed), after which the
   * answer is closed and {@code SurveyAnswered} recorded for the plan.
   */
  public Form answer(
      String token, Map<String, String> answers, List<ActionAnswer> actions, boolean finalAnswer) {
    Respondent r = links.respondent(token);
    if (Respondent.ANSWERED.equals(r.status)) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "survey.answered");
    }
    Campaign c = mongo.findById(r.campaignId, Campaign.class);
    Definition d = definitions.definition(c.definitionId);
    Map<String, String> cleaned = new HashMap<>();
    answers.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            cleaned.put(k, v.strip());
          }
        });
    List<Answers.Problem> problems = Answers.check(d.questions, cleaned, finalAnswer);
    if (!problems.isEmpty()) {
      throw new AnswersRefusedException(problems);
    }
    Set<String> itemKeys = new HashSet<>();
    if (Respondent.PI.equals(r.role)) {
      actionPlans.actionPlan(r.planId).forEach(i -> itemKeys.add(i.key()));
    }
    List<ActionAnswer> keptActions =
        actions.stream()
            .filter(a -> itemKeys.contains(a.key()) && ACTION_STATUSES.contains(a.status()))
            .toList();
    Instant now = clock.instant();
    Update update =
        new Update()
            .set("answers", cleaned)
            .set("actionItems", keptActions)
            .set("status", finalAnswer ? Respondent.ANSWERED : Respondent.PARTIAL);
    if (finalAnswer) {
      update.set("answeredAt", now);
    }
    var result =
        mongo.updateFirst(
            Query.query(Criteria.where("_id").is(r.id).and("status").ne(Respondent.ANSWERED)),
            update,
            Respondent.class);
    if (result.getModifiedCount() == 0) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "survey.answered");
    }
    if (finalAnswer) {
      r.answers = cleaned;
      indicatorCounters.counted(r, d);
      obligations.record(r.planId, new SurveyAnswered(c.id, r.planId, now));
    }
    return open(token);
  }
}
