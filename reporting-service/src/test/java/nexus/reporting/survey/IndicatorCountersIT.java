package nexus.reporting.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import nexus.reporting.ReportingContext;
import nexus.reporting.survey.domain.Question;
import nexus.reporting.survey.domain.QuestionKind;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The outcome indicators are counters kept as final answers come: a plan counts once per indicator
 * and year (yes if any respondent said yes), counting an answer again changes nothing, and answers
 * stored before the counters are counted at start-up.
 */
class IndicatorCountersIT extends ReportingContext {

  static final List<Question> QUESTIONS =
      List.of(
          new Question(
              "joint",
              QuestionKind.CHOICE,
              "共同研究",
              "Joint research",
              List.of(
                  new Question.Option("YES", "はい", "Yes"), new Question.Option("NO", "いいえ", "No")),
              true,
              "JOINT_RESEARCH"),
          new Question("story", QuestionKind.TEXT, "その後", "Since", List.of(), false, null));

  @Autowired IndicatorCounters counters;
  @Autowired SurveyDefinitions definitions;
  @Autowired Campaigns campaigns;
  @Autowired SurveyResults results;
  @Autowired MongoTemplate mongo;

  @Test
  void aPlanCountsOnceAndYesIfAnyOfItsRespondentsSaidYesHoweverOftenAnswersAreCounted()
      throws Exception {
    String tag = "ind-" + System.nanoTime() + "-";
    Indicator before = jointResearch(3);

    // plan A: a "no", then a "yes" from its second respondent, then the "yes" counted again
    counters.count(tag + "A", 3, QUESTIONS, Map.of("joint", "NO", "story", "x"));
    counters.count(tag + "A", 3, QUESTIONS, Map.of("joint", "YES"));
    counters.count(tag + "A", 3, QUESTIONS, Map.of("joint", "YES"));
    // plan B: "no" only; plan C: not answered the indicator; years outside 1-3 are not counted
    counters.count(tag + "B", 3, QUESTIONS, Map.of("joint", "NO"));
    counters.count(tag + "B", 3, QUESTIONS, Map.of("joint", "NO"));
    counters.count(tag + "C", 3, QUESTIONS, Map.of("story", "nothing"));
    counters.count(tag + "D", 4, QUESTIONS, Map.of("joint", "YES"));
    // plan E: two "yes" at the same moment
    CyclicBarrier start = new CyclicBarrier(2);
    Runnable yes =
        () -> {
          try {
            start.await();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          counters.count(tag + "E", 3, QUESTIONS, Map.of("joint", "YES"));
        };
    CompletableFuture.allOf(CompletableFuture.runAsync(yes), CompletableFuture.runAsync(yes)).get();

    Indicator after = jointResearch(3);
    assertThat(after.plansAnswered() - before.plansAnswered()).isEqualTo(3);
    assertThat(after.plansYes() - before.plansYes()).isEqualTo(2);
    assertThat(results.indicators()).contains(after);
  }

  @Test
  void finalAnswersStoredBeforeTheCountersAreCountedAtStartUpOnce() throws Exception {
    String tag = "ind-old-" + System.nanoTime();
    String definitionId = definitions.define("旧調査", "Old survey", QUESTIONS).id();
    String campaignId =
        campaigns
            .schedule(
                definitionId,
                2030,
                "0 0 9 1 1 *",
                java.time.Instant.parse("2030-01-01T00:00:00Z"),
                java.time.Instant.parse("2030-02-01T00:00:00Z"))
            .id();
    Indicator before = jointResearch(2);
    mongo
        .getCollection("survey_respondents")
        .insertOne(
            new Document("_id", tag)
                .append("campaignId", campaignId)
                .append("planId", tag + "-plan")
                .append("role", "PI")
                .append("yearsAfter", 2)
                .append("status", "ANSWERED")
                .append("answers", new Document("joint", "YES")));

    counters.countAnswersNotCountedYet();
    counters.countAnswersNotCountedYet();

    Indicator after = jointResearch(2);
    assertThat(after.plansAnswered() - before.plansAnswered()).isEqualTo(1);
    assertThat(after.plansYes() - before.plansYes()).isEqualTo(1);
    assertThat(
            mongo
                .getCollection("survey_respondents")
                .find(new Document("_id", tag))
                .first()
                .getBoolean("indicatorsCounted"))
        .isTrue();
  }

  private Indicator jointResearch(int years) {
    return results.indicators().stream()
        .filter(i -> i.indicator().equals("JOINT_RESEARCH") && i.yearsAfter() == years)
        .findFirst()
        .orElseThrow();
  }
}
