package nexus.reporting.survey.domain;

import java.util.List;

/**
 * A survey question.
 *
 * @param id stable id within the definition (answers are keyed by it)
 * @param kind choice, number, text or date
 * @param textJa question in Japanese
 * @param textEn question in English
 * @param options the choices (CHOICE only)
 * @param required whether a final answer needs it
 * @param indicator an outcome indicator this yes/no choice measures ({@code JOINT_RESEARCH}, {@code
 *     JOINT_PAPERS}, {@code NEW_AGREEMENT}, {@code RETURN_VISIT}), or null
 */
public record Question(
    String id,
    QuestionKind kind,
    String textJa,
    String textEn,
    List<Option> options,
    boolean required,
    String indicator) {

  public Question {
    options = options == null ? List.of() : List.copyOf(options);
  }

  /** A choice: the stored value and its labels. */
  public record Option(String value, String labelJa, String labelEn) {}

  public String text(String language) {
    return "en".equals(language) ? textEn : textJa;
  }
}
