package nexus.reporting.survey;

import java.util.List;
import nexus.reporting.survey.domain.Answers;

/** Answers that do not fit their questions; nothing was saved. */
public class AnswersRefusedException extends RuntimeException {

  private final transient List<Answers.Problem> problems;

  AnswersRefusedException(List<Answers.Problem> problems) {
    super("answers refused: " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<Answers.Problem> problems() {
    return problems;
  }
}
