package nexus.reporting.survey.domain;

import java.time.LocalDate;

/**
 * An item of a plan's action plan, as agreed at a debrief (seed 000: per visit, numbered, with an
 * owner and a date).
 *
 * @param group the visit or organisation the item came from
 * @param number its number within the group
 * @param text what was agreed
 * @param owner who acts
 * @param dueDate by when
 */
public record ActionItem(String group, int number, String text, String owner, LocalDate dueDate) {

  /** The item's key in answers: group and number. */
  public String key() {
    return group + "#" + number;
  }
}
