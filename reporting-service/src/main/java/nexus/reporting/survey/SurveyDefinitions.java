package nexus.reporting.survey;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nexus.reporting.survey.SurveyDocuments.Definition;
import nexus.reporting.survey.domain.Answers;
import nexus.reporting.survey.domain.Question;
import nexus.reporting.survey.domain.QuestionKind;
import nexus.web.NotFoundException;
import nexus.web.RuleViolationException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Survey definitions: the titles and questions a campaign asks, checked when defined. */
@Service
public class SurveyDefinitions {

  private final MongoTemplate mongo;
  private final Clock clock;

  SurveyDefinitions(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  /**
   * A new survey definition; question ids are unique, choices have options, and a question that
   * measures an outcome indicator is a choice with the option {@code YES}.
   */
  public DefinitionView define(String titleJa, String titleEn, List<Question> questions) {
    Set<String> ids = new HashSet<>();
    for (Question q : questions) {
      if (!ids.add(q.id())) {
        throw new RuleViolationException(
            HttpStatus.UNPROCESSABLE_CONTENT, "survey.duplicate-question", q.id());
      }
      if (q.kind() == QuestionKind.CHOICE && q.options().isEmpty()) {
        throw new RuleViolationException(
            HttpStatus.UNPROCESSABLE_CONTENT, "survey.choice-options", q.id());
      }
      // an indicator counts the plans where someone answered YES (see IndicatorCounters)
      if (q.indicator() != null
          && (q.kind() != QuestionKind.CHOICE
              || q.options().stream().noneMatch(o -> Answers.YES.equals(o.value())))) {
        throw new RuleViolationException(
            HttpStatus.UNPROCESSABLE_CONTENT, "survey.indicator-yes", q.id());
      }
    }
    Definition d = new Definition();
    d.id = "sd-" + UUID.randomUUID();
    d.titleJa = titleJa;
    d.titleEn = titleEn;
    d.questions = List.copyOf(questions);
    d.createdAt = clock.instant();
    mongo.insert(d);
    return DefinitionView.of(d);
  }

  public List<DefinitionView> definitions() {
    return mongo.findAll(Definition.class).stream().map(DefinitionView::of).toList();
  }

  /** One definition, else not found. */
  public DefinitionView definitionView(String id) {
    return DefinitionView.of(definition(id));
  }

  /** The stored definition, else not found. */
  Definition definition(String id) {
    Definition d = mongo.findById(id, Definition.class);
    if (d == null) {
      throw new NotFoundException("survey definition " + id);
    }
    return d;
  }
}
