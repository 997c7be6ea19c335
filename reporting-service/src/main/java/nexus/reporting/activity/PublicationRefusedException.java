package nexus.reporting.activity;

import java.util.List;
import nexus.reporting.activity.domain.PublicationCheck.Problem;

/** A report that names or pictures someone without a recorded consent; it stays unpublished. */
public class PublicationRefusedException extends RuntimeException {

  private final transient List<Problem> problems;

  PublicationRefusedException(List<Problem> problems) {
    super("publication refused: " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
