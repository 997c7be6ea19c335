package nexus.reporting.survey;

import java.util.List;
import nexus.reporting.survey.SurveyDocuments.Definition;
import nexus.reporting.survey.domain.Question;

/** A survey definition as staff and respondents see it. */
public record DefinitionView(String id, String titleJa, String titleEn, List<Question> questions) {

  static DefinitionView of(Definition d) {
    return new DefinitionView(d.id, d.titleJa, d.titleEn, List.copyOf(d.questions));
  }

  public String title(String language) {
    return "en".equals(language) ? titleEn : titleJa;
  }
}
