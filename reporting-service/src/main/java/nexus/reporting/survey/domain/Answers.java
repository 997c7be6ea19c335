package nexus.reporting.survey.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks answers against a definition's questions: kinds always, required ones on submit. */
public final class Answers {

  /** The outcome of a yes/no indicator question that counts as "yes". */
  public static final String YES = "YES";

  public static final int MAX_TEXT = 4000;

  private Answers() {}

  /**
   * One invalid answer.
   *
   * @param questionId the question
   * @param code {@code required}, {@code choice}, {@code number}, {@code date}, {@code text} or
   *     {@code unknown}
   */
  public record Problem(String questionId, String code) {}

  /**
   * @param questions the definition's questions
   * @param answers answers by question id (blank = not answered)
   * @param finalAnswer whether this is the final submission (required questions must be answered)
   */
  public static List<Problem> check(
      List<Question> questions, Map<String, String> answers, boolean finalAnswer) {
    List<Problem> problems = new ArrayList<>();
    for (String id : answers.keySet()) {
      if (questions.stream().noneMatch(q -> q.id().equals(id))) {
        problems.add(new Problem(id, "unknown"));
      }
    }
    for (Question q : questions) {
      String a = answers.get(q.id());
      if (a == null || a.isBlank()) {
        if (finalAnswer && q.required()) {
          problems.add(new Problem(q.id(), "required"));
        }
        continue;
      }
      switch (q.kind()) {
        case CHOICE -> {
          if (q.options().stream().noneMatch(o -> o.value().equals(a))) {
            problems.add(new Problem(q.id(), "choice"));
          }
        }
        case NUMBER -> {
          try {
            Double.parseDouble(a.strip());
          } catch (NumberFormatException e) {
            problems.add(new Problem(q.id(), "number"));
          }
        }
        case DATE -> {
          try {
            LocalDate.parse(a.strip());
          } catch (DateTimeParseException e) {
            problems.add(new Problem(q.id(), "date"));
          }
        }
        case TEXT -> {
          if (a.length() > MAX_TEXT) {
            problems.add(new Problem(q.id(), "text"));
          }
        }
      }
    }
    return problems;
  }
}
