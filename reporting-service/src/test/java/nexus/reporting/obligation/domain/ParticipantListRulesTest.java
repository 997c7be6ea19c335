package nexus.reporting.obligation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParticipantListRulesTest {

  static final CourseRules YOUNG =
      new CourseRules(15, true, 40, Set.of("GRADUATE_STUDENT", "FACULTY"), true);
  static final CourseRules MENTOR = new CourseRules(2, true, null, Set.of("FACULTY"), false);
  static final LocalDate START = LocalDate.of(2026, 2, 1);
  static final LocalDate END = LocalDate.of(2026, 11, 30);
  static final SafetyChecklist SAFE = new SafetyChecklist(true, "+66 2 000 0000", true);

  final ParticipantListRules young = new ParticipantListRules(YOUNG, 90, START, END);

  static ConfirmedParticipant person(String name, LocalDate born, String role, Visit... visits) {
    return new ConfirmedParticipant(
        null, name, born, "GRADUATE_STUDENT", role, "Chula", "TH", null, List.of(visits), SAFE);
  }

  static Visit visit(String start, String end) {
    return new Visit(LocalDate.parse(start), LocalDate.parse(end), "INVITATION", "Tokyo");
  }

  @Test
  void ninetyOneDaysOverTwoVisitsAreRefusedNamingThePerson() {
    List<ListProblem> problems =
        young.check(
            List.of(
                person(
                    "Anan",
                    LocalDate.of(1999, 1, 1),
                    "PARTICIPANT",
                    visit("2026-02-01", "2026-03-22")),
                person(
                    "Busaba",
                    LocalDate.of(1999, 1, 1),
                    "PARTICIPANT",
                    visit("2026-03-01", "2026-04-19"), // 50 days
                    visit("2026-06-01", "2026-07-11")))); // 41 days

    assertThat(problems)
        .containsExactly(new ListProblem("stay-limit", "Busaba", List.of("91", "90")));
  }

  @Test
  void exactlyNinetyDaysAreAccepted() {
    assertThat(
            young.check(
                List.of(
                    person(
                        "Chai",
                        LocalDate.of(1999, 1, 1),
                        "PARTICIPANT",
                        visit("2026-03-01", "2026-04-19"),
                        visit("2026-06-01", "2026-07-10")))))
        .isEmpty();
  }

  @Test
  void overFortyAtTheExchangeStartIsRefusedButChaperonesAreExempt() {
    List<ListProblem> problems =
        young.check(
            List.of(
                person(
                    "Old",
                    LocalDate.of(1985, 2, 1),
                    "PARTICIPANT",
                    visit("2026-02-01", "2026-02-10")),
                person(
                    "Forty",
                    LocalDate.of(1985, 2, 2),
                    "PARTICIPANT",
                    visit("2026-02-01", "2026-02-10")),
                person(
                    "Guide",
                    LocalDate.of(1960, 1, 1),
                    "CHAPERONE",
                    visit("2026-02-01", "2026-02-10"))));

    assertThat(problems).containsExactly(new ListProblem("age", "Old", List.of("41", "40")));
  }

  @Test
  void mentorCourseRefusesChaperonesStudentsAndAThirdPerson() {
    var mentor = new ParticipantListRules(MENTOR, 90, START, END);
    List<ListProblem> problems =
        mentor.check(
            List.of(
                person("A", null, "PARTICIPANT", visit("2026-02-01", "2026-02-10")),
                person("B", null, "CHAPERONE", visit("2026-02-01", "2026-02-10")),
                new ConfirmedParticipant(
                    null, "C", null, "FACULTY", "PARTICIPANT", "X", "TH", null, List.of(), null)));

    assertThat(problems)
        .extracting(ListProblem::code, ListProblem::person)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("cap", null),
            org.assertj.core.groups.Tuple.tuple("category", "A"),
            org.assertj.core.groups.Tuple.tuple("chaperone", "B"));
  }

  @Test
  void visitsOutsideTheExchangePeriodAreNamed() {
    assertThat(
            young.check(
                List.of(
                    person(
                        "Late",
                        LocalDate.of(1999, 1, 1),
                        "PARTICIPANT",
                        visit("2026-11-25", "2026-12-05")))))
        .extracting(ListProblem::code, ListProblem::person)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("visit-period", "Late"));
  }

  @Test
  void travellersNeedInsuranceWithEvacuationAnEmergencyContactAndMofaRegistrationForDispatch() {
    ConfirmedParticipant dispatched =
        new ConfirmedParticipant(
            null,
            "Taro",
            LocalDate.of(2000, 1, 1),
            "GRADUATE_STUDENT",
            "PARTICIPANT",
            "Univ",
            "JP",
            null,
            List.of(
                new Visit(
                    LocalDate.parse("2026-03-01"),
                    LocalDate.parse("2026-03-10"),
                    "DISPATCH",
                    "Bangkok")),
            new SafetyChecklist(false, " ", false));

    assertThat(young.check(List.of(dispatched)))
        .extracting(ListProblem::code)
        .containsExactly("insurance", "emergency-contact", "mofa");
  }

  @Test
  void anInvitedPersonNeedsNoMofaRegistration() {
    ConfirmedParticipant invited =
        new ConfirmedParticipant(
            null,
            "Somchai",
            LocalDate.of(2000, 1, 1),
            "GRADUATE_STUDENT",
            "PARTICIPANT",
            "Chula",
            "TH",
            null,
            List.of(visit("2026-03-01", "2026-03-10")),
            new SafetyChecklist(true, "+66", false));

    assertThat(young.check(List.of(invited))).isEmpty();
  }
}
