package nexus.reporting.obligation.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a confirmed participant list against the awarded plan and the call's course rules; every
 * problem names the person it is about.
 */
public final class ParticipantListRules {

  public static final String DISPATCH = "DISPATCH";

  private final CourseRules course;
  private final int maxStayDays;
  private final LocalDate exchangeStart;
  private final LocalDate exchangeEnd;

  /**
   * @param course the plan's course rules
   * @param maxStayDays most days per person, summed over visits
   * @param exchangeStart first day of the awarded exchange period
   * @param exchangeEnd last day of the awarded exchange period
   */
  public ParticipantListRules(
      CourseRules course, int maxStayDays, LocalDate exchangeStart, LocalDate exchangeEnd) {
    this.course = course;
    this.maxStayDays = maxStayDays;
    this.exchangeStart = exchangeStart;
    this.exchangeEnd = exchangeEnd;
  }

  /** Every problem of the list; empty when it can be accepted. */
  public List<ListProblem> check(List<ConfirmedParticipant> people) {
    List<ListProblem> problems = new ArrayList<>();
    if (people.isEmpty()) {
      problems.add(ListProblem.of("empty", null));
    }
    long counted =
        people.stream().filter(p -> course.capIncludesChaperones() || !p.chaperone()).count();
    if (counted > course.maxParticipants()) {
      problems.add(ListProblem.of("cap", null, counted, course.maxParticipants()));
    }
    for (ConfirmedParticipant p : people) {
      check(p, problems);
    }
    return problems;
  }

  private void check(ConfirmedParticipant p, List<ListProblem> problems) {
    String who = p.name();
    if (p.chaperone()) {
      if (!course.chaperoneAllowed()) {
        problems.add(ListProblem.of("chaperone", who));
      }
    } else {
      if (p.category() == null || !course.eligibleCategories().contains(p.category())) {
        problems.add(ListProblem.of("category", who, p.category()));
      }
      if (course.maxAge() != null) {
        if (p.birthDate() == null || exchangeStart == null) {
          problems.add(ListProblem.of("birth-date", who));
        } else {
          int age = Period.between(p.birthDate(), exchangeStart).getYears();
          if (age > course.maxAge()) {
            problems.add(ListProblem.of("age", who, age, course.maxAge()));
          }
        }
      }
    }
    long days = p.stayDays();
    if (days > maxStayDays) {
      problems.add(ListProblem.of("stay-limit", who, days, maxStayDays));
    }
    for (Visit v : p.visits()) {
      if (v.start() == null || v.end() == null || v.end().isBefore(v.start())) {
        problems.add(ListProblem.of("visit-dates", who));
      } else if (exchangeStart != null
          && exchangeEnd != null
          && (v.start().isBefore(exchangeStart) || v.end().isAfter(exchangeEnd))) {
        problems.add(
            ListProblem.of("visit-period", who, v.start(), v.end(), exchangeStart, exchangeEnd));
      }
    }
    if (!p.visits().isEmpty()) {
      SafetyChecklist s = p.safety();
      if (s == null || !s.insuranceWithEvacuation()) {
        problems.add(ListProblem.of("insurance", who));
      }
      if (s == null || s.emergencyContact() == null || s.emergencyContact().isBlank()) {
        problems.add(ListProblem.of("emergency-contact", who));
      }
      boolean dispatched = p.visits().stream().anyMatch(v -> DISPATCH.equals(v.direction()));
      if (dispatched && (s == null || !s.mofaRegistered())) {
        problems.add(ListProblem.of("mofa", who));
      }
    }
  }
}
