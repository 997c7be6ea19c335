package nexus.reporting.obligation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import nexus.reporting.obligation.domain.CourseRules;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The reporting rules of each call, and when reports fall due, as configured in {@code
 * nexus.reporting} (the call's rules are data, not code: next year's call is a new entry).
 *
 * @param reportDueDays days after the exchange end when outcome and accounting reports are due
 * @param participantListDays days after the first signature when a participant list is due, for a
 *     call that sets no date
 * @param reminderBefore how long before the due date the first reminder goes out
 * @param calls rules per call id ({@code default} for calls not listed)
 */
@ConfigurationProperties("nexus.reporting")
public record ReportingRules(
    int reportDueDays,
    int participantListDays,
    Duration reminderBefore,
    Map<String, CallRules> calls) {

  public ReportingRules {
    calls = calls == null ? Map.of() : Map.copyOf(calls);
    reminderBefore = reminderBefore == null ? Duration.ofDays(14) : reminderBefore;
  }

  /** The rules of a call, or the default ones. */
  public CallRules call(String callId) {
    CallRules rules = callId == null ? null : calls.get(callId);
    if (rules == null) {
      rules = calls.get("default");
    }
    if (rules == null) {
      throw new IllegalStateException("no reporting rules for call " + callId);
    }
    return rules;
  }

  /**
   * @param participantListDue the date the agency set for participant lists (may be null)
   * @param maxStayDaysPerPerson most days per person over all visits
   * @param courses rules per course code
   */
  public record CallRules(
      LocalDate participantListDue, int maxStayDaysPerPerson, Map<String, Course> courses) {

    public CallRules {
      courses = courses == null ? Map.of() : Map.copyOf(courses);
    }

    /** The rules of a course, or an error naming it. */
    public CourseRules course(String code) {
      Course c = courses.get(code);
      if (c == null) {
        throw new IllegalStateException("no rules for course " + code);
      }
      return new CourseRules(
          c.maxParticipants(),
          c.capIncludesChaperones(),
          c.maxAge(),
          c.eligibleCategories(),
          c.chaperoneAllowed());
    }
  }

  /** A course's rules as configured. */
  public record Course(
      int maxParticipants,
      boolean capIncludesChaperones,
      Integer maxAge,
      Set<String> eligibleCategories,
      boolean chaperoneAllowed) {}
}
