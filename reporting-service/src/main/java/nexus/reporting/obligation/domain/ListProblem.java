package nexus.reporting.obligation.domain;

import java.util.List;

/**
 * One reason a participant list is refused, naming the person it is about (null for the list as a
 * whole).
 *
 * @param code rule code, message key {@code list.problem.<code>}
 * @param person the person's name, or null
 * @param arguments further message arguments, after the person
 */
public record ListProblem(String code, String person, List<String> arguments) {

  public ListProblem {
    arguments = arguments == null ? List.of() : List.copyOf(arguments);
  }

  static ListProblem of(String code, String person, Object... arguments) {
    return new ListProblem(
        code, person, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
  }
}
