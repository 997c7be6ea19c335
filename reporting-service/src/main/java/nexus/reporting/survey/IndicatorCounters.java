package nexus.reporting.survey;

import com.mongodb.client.result.UpdateResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nexus.reporting.survey.SurveyDocuments.Campaign;
import nexus.reporting.survey.SurveyDocuments.Definition;
import nexus.reporting.survey.SurveyDocuments.Respondent;
import nexus.reporting.survey.domain.Answers;
import nexus.reporting.survey.domain.Question;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The outcome indicators kept as counters, so that reading them costs the same whatever the number
 * of answers: per indicator and years after the exchange, how many plans answered the indicator's
 * question and how many of them with YES (a plan counts once, yes if any respondent said yes).
 *
 * <p>Each final answer is counted when it is stored. A plan's state per indicator and year is a
 * document that only moves forward (created on the plan's first answer, then "no" to "yes" at most
 * once), and the counters are incremented only by the write that moved it: counting an answer
 * again, or two respondents of one plan at once, counts the plan once. Answers stored before the
 * counters existed (or whose counting was cut short) are counted at start-up.
 */
@Component
class IndicatorCounters {

  private static final Logger log = LoggerFactory.getLogger(IndicatorCounters.class);

  static final List<String> INDICATORS =
      List.of("JOINT_RESEARCH", "JOINT_PAPERS", "NEW_AGREEMENT", "RETURN_VISIT");

  private final MongoTemplate mongo;

  IndicatorCounters(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** A cell: plans that answered an indicator so many years after, and those that said yes. */
  @Document("survey_indicator_counters")
  static class Cell {
    @Id String id;
    String indicator;
    int yearsAfter;
    long plansAnswered;
    long plansYes;
  }

  /** Where one plan stands on one indicator in one year after its exchange. */
  @Document("survey_indicator_plans")
  static class PlanState {
    @Id String id;
    boolean yes;
  }

  /** Counts one respondent's final answers; idempotent. */
  void count(String planId, int yearsAfter, List<Question> questions, Map<String, String> answers) {
    if (yearsAfter < 1 || yearsAfter > 3) {
      return;
    }
    for (Question q : questions) {
      String answer = answers.get(q.id());
      if (q.indicator() == null || !INDICATORS.contains(q.indicator()) || answer == null) {
        continue;
      }
      boolean yes = Answers.YES.equals(answer);
      String cell = q.indicator() + "|" + yearsAfter;
      Query plan = Query.query(Criteria.where("_id").is(cell + "|" + planId));
      UpdateResult first =
          mongo.upsert(plan, new Update().setOnInsert("yes", yes), PlanState.class);
      if (first.getUpsertedId() != null) {
        increment(cell, q.indicator(), yearsAfter, 1, yes ? 1 : 0);
      } else if (yes) {
        // the plan turns yes once: the state before this atomic change says whether it did now
        // (by _id alone, which every server answers from its index)
        PlanState before =
            mongo.findAndModify(plan, new Update().set("yes", true), PlanState.class);
        if (before != null && !before.yes) {
          increment(cell, q.indicator(), yearsAfter, 0, 1);
        }
      }
    }
  }

  private void increment(String cell, String indicator, int years, long answered, long yes) {
    mongo.upsert(
        Query.query(Criteria.where("_id").is(cell)),
        new Update()
            .setOnInsert("indicator", indicator)
            .setOnInsert("yearsAfter", years)
            .inc("plansAnswered", answered)
            .inc("plansYes", yes),
        Cell.class);
  }

  /** Every indicator for 1, 2 and 3 years after, from the counters (12 small documents). */
  List<Indicator> indicators() {
    Map<String, Cell> cells = new HashMap<>();
    mongo.findAll(Cell.class).forEach(c -> cells.put(c.id, c));
    List<Indicator> result = new ArrayList<>();
    for (String name : INDICATORS) {
      for (int years = 1; years <= 3; years++) {
        Cell c = cells.get(name + "|" + years);
        long answered = c == null ? 0 : c.plansAnswered;
        long yes = c == null ? 0 : c.plansYes;
        result.add(
            new Indicator(
                name,
                years,
                answered,
                yes,
                answered == 0 ? 0 : Math.round(yes * 1000.0 / answered) / 10.0));
      }
    }
    return result;
  }

  /** Counts a stored final answer and notes it on the respondent (safe to run twice). */
  void counted(Respondent r, Definition d) {
    count(r.planId, r.yearsAfter, d.questions, r.answers);
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(r.id)),
        new Update().set("indicatorsCounted", true),
        Respondent.class);
  }

  /** At start-up: final answers not counted yet (stored before the counters, or cut short). */
  @EventListener(ApplicationReadyEvent.class)
  void countAnswersNotCountedYet() {
    Query q =
        Query.query(
            Criteria.where("status").is(Respondent.ANSWERED).and("indicatorsCounted").ne(true));
    q.fields().include("planId", "yearsAfter", "campaignId", "answers");
    Map<String, Definition> definitions = new HashMap<>();
    int n = 0;
    for (Respondent r : mongo.find(q, Respondent.class)) {
      Definition d =
          definitions.computeIfAbsent(
              r.campaignId,
              id -> {
                Campaign c = mongo.findById(id, Campaign.class);
                return c == null ? null : mongo.findById(c.definitionId, Definition.class);
              });
      if (d != null) {
        counted(r, d);
        n++;
      }
    }
    if (n > 0) {
      log.info("outcome indicators: {} final answers counted at start-up", n);
    }
  }
}
