package nexus.reporting.survey;

/** A valid link whose campaign is not open (not yet, or any more). */
public class SurveyClosedException extends RuntimeException {
  SurveyClosedException() {
    super("survey campaign not open");
  }
}
