package nexus.reporting.obligation;

import java.util.List;
import nexus.reporting.obligation.domain.ListProblem;

/** A participant list that breaks the plan's or the call's rules; nothing was stored. */
public class ListRefusedException extends RuntimeException {

  private final transient List<ListProblem> problems;

  ListRefusedException(List<ListProblem> problems) {
    super("participant list refused: " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<ListProblem> problems() {
    return problems;
  }
}
