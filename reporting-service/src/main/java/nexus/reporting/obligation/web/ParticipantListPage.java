package nexus.reporting.obligation.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nexus.events.PlanSnapshot;
import nexus.reporting.obligation.domain.ConfirmedParticipant;
import nexus.reporting.obligation.domain.SafetyChecklist;
import nexus.reporting.obligation.domain.Visit;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The participant list form as the page posts it ({@code people[0].visits[1].start}): one row per
 * person with their visits and the safety checklist. Rows keep their index while the page is
 * re-shown (so each message stays beside its row); blank rows are dropped when the list is handed
 * in.
 */
public class ParticipantListPage {

  static final String PARTICIPANT = "PARTICIPANT";
  static final String INVITATION = "INVITATION";

  /** Between the emergency contact's name and phone in the stored checklist. */
  static final String CONTACT_SEPARATOR = " / ";

  private List<PersonRow> people = new ArrayList<>();

  /** The form of the list as last submitted. */
  static ParticipantListPage of(List<ConfirmedParticipant> submitted) {
    ParticipantListPage page = new ParticipantListPage();
    submitted.forEach(p -> page.people.add(PersonRow.of(p)));
    return page;
  }

  /**
   * The form of the awarded plan's people; a person's country is the one their affiliation is known
   * to be in, if any.
   */
  static ParticipantListPage ofAwarded(
      List<PlanSnapshot.Person> awarded, Function<String, String> countryOfAffiliation) {
    ParticipantListPage page = new ParticipantListPage();
    for (PlanSnapshot.Person p : awarded) {
      PersonRow r = new PersonRow();
      r.name = p.name();
      r.birthDate = p.birthDate();
      r.category = p.category();
      r.role = p.role() == null ? PARTICIPANT : p.role();
      r.affiliation = p.affiliation();
      r.country = countryOfAffiliation.apply(p.affiliation());
      p.visits()
          .forEach(v -> r.visits.add(VisitRow.of(v.start(), v.end(), v.direction(), v.place())));
      page.people.add(r);
    }
    return page;
  }

  /** The rows with nulls (gaps in the posted indexes) made blank, so indexes stay as posted. */
  ParticipantListPage normalised() {
    people.replaceAll(p -> p == null ? new PersonRow() : p);
    people.forEach(p -> p.visits.replaceAll(v -> v == null ? new VisitRow() : v));
    return this;
  }

  /** Adds a blank person (with one blank visit) at the end. */
  void addPerson() {
    PersonRow r = new PersonRow();
    r.visits.add(new VisitRow());
    people.add(r);
  }

  /** Whether no row names anyone. */
  boolean blank() {
    return people.stream().allMatch(PersonRow::blank);
  }

  public List<PersonRow> getPeople() {
    return people;
  }

  public void setPeople(List<PersonRow> people) {
    this.people = people;
  }

  static String trimmed(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static boolean empty(String s) {
    return s == null || s.isBlank();
  }

  /** A confirmed person: who, which role, their visits and what the host confirms for them. */
  public static class PersonRow {
    private String participantId;
    private String name;
    private String email;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;

    private String country;
    private String affiliation;
    private String category;
    private String role = PARTICIPANT;
    private List<VisitRow> visits = new ArrayList<>();
    private boolean insurance;
    private String emergencyName;
    private String emergencyPhone;
    private boolean mofa;

    static PersonRow of(ConfirmedParticipant p) {
      PersonRow r = new PersonRow();
      r.participantId = p.participantId();
      r.name = p.name();
      r.email = p.email();
      r.birthDate = p.birthDate();
      r.country = p.country();
      r.affiliation = p.affiliation();
      r.category = p.category();
      r.role = p.role();
      p.visits()
          .forEach(v -> r.visits.add(VisitRow.of(v.start(), v.end(), v.direction(), v.place())));
      SafetyChecklist s = p.safety();
      if (s != null) {
        r.insurance = s.insuranceWithEvacuation();
        r.mofa = s.mofaRegistered();
        String contact = s.emergencyContact();
        int at = contact == null ? -1 : contact.lastIndexOf(CONTACT_SEPARATOR);
        if (at < 0) {
          r.emergencyName = contact;
        } else {
          r.emergencyName = contact.substring(0, at);
          r.emergencyPhone = contact.substring(at + CONTACT_SEPARATOR.length());
        }
      }
      return r;
    }

    /** Nothing typed in (role, direction and ticks alone do not make a person). */
    boolean blank() {
      return empty(name)
          && empty(email)
          && birthDate == null
          && empty(country)
          && empty(affiliation)
          && empty(category)
          && empty(emergencyName)
          && empty(emergencyPhone)
          && visits.stream().allMatch(VisitRow::blank);
    }

    /** Whether any visit has something typed in. */
    boolean travels() {
      return visits.stream().anyMatch(v -> !v.blank());
    }

    /** The emergency contact as stored: name and phone. */
    String emergencyContact() {
      String n = trimmed(emergencyName);
      String p = trimmed(emergencyPhone);
      if (n == null || p == null) {
        return n == null ? p : n;
      }
      return n + CONTACT_SEPARATOR + p;
    }

    /** The person as the API takes them; blank visits dropped. */
    ParticipantForm toForm() {
      return new ParticipantForm(
          trimmed(participantId),
          trimmed(name),
          birthDate,
          trimmed(category),
          trimmed(role),
          trimmed(affiliation),
          country == null ? null : country.strip().toUpperCase(Locale.ROOT),
          trimmed(email),
          visits.stream()
              .filter(v -> !v.blank())
              .map(
                  v ->
                      new ParticipantForm.VisitForm(
                          v.start, v.end, trimmed(v.direction), trimmed(v.place)))
              .toList(),
          new ParticipantForm.SafetyForm(insurance, emergencyContact(), mofa));
    }

    /** Whether one of the non-blank visits is exactly this stay. */
    int visitIndex(Visit visit) {
      for (int j = 0; j < visits.size(); j++) {
        VisitRow v = visits.get(j);
        if (!v.blank()
            && java.util.Objects.equals(v.start, visit.start())
            && java.util.Objects.equals(v.end, visit.end())) {
          return j;
        }
      }
      return -1;
    }

    public String getParticipantId() {
      return participantId;
    }

    public void setParticipantId(String participantId) {
      this.participantId = participantId;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public LocalDate getBirthDate() {
      return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
      this.birthDate = birthDate;
    }

    public String getCountry() {
      return country;
    }

    public void setCountry(String country) {
      this.country = country;
    }

    public String getAffiliation() {
      return affiliation;
    }

    public void setAffiliation(String affiliation) {
      this.affiliation = affiliation;
    }

    public String getCategory() {
      return category;
    }

    public void setCategory(String category) {
      this.category = category;
    }

    public String getRole() {
      return role;
    }

    public void setRole(String role) {
      this.role = role;
    }

    public List<VisitRow> getVisits() {
      return visits;
    }

    public void setVisits(List<VisitRow> visits) {
      this.visits = visits;
    }

    public boolean isInsurance() {
      return insurance;
    }

    public void setInsurance(boolean insurance) {
      this.insurance = insurance;
    }

    public String getEmergencyName() {
      return emergencyName;
    }

    public void setEmergencyName(String emergencyName) {
      this.emergencyName = emergencyName;
    }

    public String getEmergencyPhone() {
      return emergencyPhone;
    }

    public void setEmergencyPhone(String emergencyPhone) {
      this.emergencyPhone = emergencyPhone;
    }

    public boolean isMofa() {
      return mofa;
    }

    public void setMofa(boolean mofa) {
      this.mofa = mofa;
    }
  }

  /** An actual stay, both days included. */
  public static class VisitRow {
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate start;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate end;

    private String direction = INVITATION;
    private String place;

    static VisitRow of(LocalDate start, LocalDate end, String direction, String place) {
      VisitRow r = new VisitRow();
      r.start = start;
      r.end = end;
      r.direction = direction == null ? INVITATION : direction;
      r.place = place;
      return r;
    }

    /** No dates and no place (the direction is always chosen). */
    boolean blank() {
      return start == null && end == null && empty(place);
    }

    public LocalDate getStart() {
      return start;
    }

    public void setStart(LocalDate start) {
      this.start = start;
    }

    public LocalDate getEnd() {
      return end;
    }

    public void setEnd(LocalDate end) {
      this.end = end;
    }

    public String getDirection() {
      return direction;
    }

    public void setDirection(String direction) {
      this.direction = direction;
    }

    public String getPlace() {
      return place;
    }

    public void setPlace(String place) {
      this.place = place;
    }
  }
}
