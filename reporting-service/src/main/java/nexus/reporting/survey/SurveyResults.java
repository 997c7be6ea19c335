package nexus.reporting.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nexus.reporting.survey.SurveyDocuments.Campaign;
import nexus.reporting.survey.SurveyDocuments.Definition;
import nexus.reporting.survey.SurveyDocuments.Respondent;
import nexus.reporting.survey.domain.Question;
import nexus.reporting.survey.domain.QuestionKind;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** What the surveys found: a campaign's answers per question, and the outcome indicators. */
@Service
public class SurveyResults {

  private final MongoTemplate mongo;
  private final Campaigns campaigns;
  private final SurveyDefinitions definitions;
  private final IndicatorCounters indicatorCounters;

  SurveyResults(
      MongoTemplate mongo,
      Campaigns campaigns,
      SurveyDefinitions definitions,
      IndicatorCounters indicatorCounters) {
    this.mongo = mongo;
    this.campaigns = campaigns;
    this.definitions = definitions;
    this.indicatorCounters = indicatorCounters;
  }

  /** Per question of a campaign: answered count, choice counts, number summary. */
  public record QuestionResult(
      String questionId,
      String textJa,
      String textEn,
      String kind,
      long answered,
      Map<String, Long> choices,
      Double average,
      Double min,
      Double max) {}

  public List<QuestionResult> results(String campaignId) {
    Campaign c = campaigns.document(campaignId);
    Definition d = definitions.definition(c.definitionId);
    Query q =
        Query.query(
            Criteria.where("campaignId").is(campaignId).and("status").is(Respondent.ANSWERED));
    q.fields().include("answers");
    List<Respondent> answered = mongo.find(q, Respondent.class);
    List<QuestionResult> results = new ArrayList<>();
    for (Question question : d.questions) {
      List<String> values =
          answered.stream()
              .map(r -> r.answers.get(question.id()))
              .filter(v -> v != null && !v.isBlank())
              .toList();
      Map<String, Long> choices = new LinkedHashMap<>();
      Double avg = null;
      Double min = null;
      Double max = null;
      if (question.kind() == QuestionKind.CHOICE) {
        question.options().forEach(o -> choices.put(o.value(), 0L));
        values.forEach(v -> choices.merge(v, 1L, Long::sum));
      } else if (question.kind() == QuestionKind.NUMBER && !values.isEmpty()) {
        var stats = values.stream().mapToDouble(Double::parseDouble).summaryStatistics();
        avg = stats.getAverage();
        min = stats.getMin();
        max = stats.getMax();
      }
      results.add(
          new QuestionResult(
              question.id(),
              question.textJa(),
              question.textEn(),
              question.kind().name(),
              values.size(),
              choices,
              avg,
              min,
              max));
    }
    return results;
  }

  /**
   * Outcome indicators across years: for each indicator and 1, 2, 3 years after the exchange, the
   * share of answering plans where any respondent said yes, from counters kept as answers come (see
   * {@link IndicatorCounters}).
   */
  public List<Indicator> indicators() {
    return indicatorCounters.indicators();
  }
}
