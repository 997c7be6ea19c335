package nexus.reporting.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nexus.reporting.survey.SurveyDocuments.Respondent;
import nexus.reporting.survey.domain.Question;
import nexus.reporting.survey.domain.QuestionKind;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Final survey answers written straight to the store, for benchmarks (setup): one campaign whose
 * definition asks the four indicators, {@code perPlan} answered respondents per plan (the PI, then
 * participants), each counted into the indicators as a final answer is.
 */
public final class BenchAnswers {

  private BenchAnswers() {}

  /** What was written: answers, and the time their counting took. */
  public record Written(long answers, double countingSeconds) {}

  static final List<String> INDICATORS = IndicatorCounters.INDICATORS;

  public static Written insert(ApplicationContext context, String prefix, int plans, int perPlan) {
    MongoTemplate mongo = context.getBean(MongoTemplate.class);
    SurveyDefinitions definitions = context.getBean(SurveyDefinitions.class);
    Campaigns campaigns = context.getBean(Campaigns.class);
    IndicatorCounters counters = context.getBean(IndicatorCounters.class);
    List<Question> questions = new ArrayList<>();
    for (String indicator : INDICATORS) {
      questions.add(
          new Question(
              indicator.toLowerCase(java.util.Locale.ROOT),
              QuestionKind.CHOICE,
              indicator,
              indicator,
              List.of(
                  new Question.Option("YES", "はい", "Yes"), new Question.Option("NO", "いいえ", "No")),
              true,
              indicator));
    }
    questions.add(new Question("story", QuestionKind.TEXT, "その後", "Since", List.of(), false, null));
    String definitionId = definitions.define("ベンチ", "Bench", questions).id();
    Instant now = Instant.now();
    String campaignId =
        campaigns.schedule(definitionId, 2027, "0 0 9 1 1 *", now, now.plusSeconds(86_400)).id();
    long written = 0;
    long countingNanos = 0;
    List<Respondent> batch = new ArrayList<>(1000);
    for (int i = 0; i < plans; i++) {
      for (int r = 0; r < perPlan; r++) {
        Respondent answered = respondent(campaignId, prefix + i, i, r, now);
        long t = System.nanoTime();
        counters.count(answered.planId, answered.yearsAfter, questions, answered.answers);
        countingNanos += System.nanoTime() - t;
        batch.add(answered);
        if (batch.size() == 1000) {
          mongo.insert(batch, Respondent.class);
          written += batch.size();
          batch.clear();
        }
      }
    }
    if (!batch.isEmpty()) {
      mongo.insert(batch, Respondent.class);
      written += batch.size();
    }
    return new Written(written, countingNanos / 1e9);
  }

  private static Respondent respondent(
      String campaignId, String planId, int i, int r, Instant now) {
    Respondent answered = new Respondent();
    answered.id = planId + "-r" + r;
    answered.campaignId = campaignId;
    answered.planId = planId;
    answered.role = r == 0 ? "PI" : "PARTICIPANT";
    answered.yearsAfter = 1 + i % 3;
    answered.status = SurveyDocuments.Respondent.ANSWERED;
    answered.answeredAt = now;
    answered.indicatorsCounted = true;
    answered.answers =
        new java.util.HashMap<>(
            Map.of(
                "joint_research", (i + r) % 3 == 0 ? "YES" : "NO",
                "joint_papers", (i + r) % 4 == 0 ? "YES" : "NO",
                "new_agreement", (i + r) % 5 == 0 ? "YES" : "NO",
                "return_visit", (i + r) % 2 == 0 ? "YES" : "NO",
                "story", "A joint seminar every month with the partner laboratory."));
    return answered;
  }
}
