package nexus.reporting.survey.domain;

/** The kinds of survey questions. */
public enum QuestionKind {
  CHOICE,
  NUMBER,
  TEXT,
  DATE
}
