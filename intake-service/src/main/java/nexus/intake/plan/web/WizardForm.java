package nexus.intake.plan.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import nexus.intake.call.domain.ParticipantCategory;
import nexus.intake.plan.domain.BudgetCategory;
import nexus.intake.plan.domain.BudgetItem;
import nexus.intake.plan.domain.Counterpart;
import nexus.intake.plan.domain.Direction;
import nexus.intake.plan.domain.OnlineSession;
import nexus.intake.plan.domain.Participant;
import nexus.intake.plan.domain.ParticipantRole;
import nexus.intake.plan.domain.PartnerInstitution;
import nexus.intake.plan.domain.PlanContent;
import nexus.intake.plan.domain.Visit;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The drafting wizard's form: the whole plan as HTML fields bind it ({@code
 * participants[0].visits[1].start}). Each step posts its own fields onto the stored draft; rows
 * left blank, or ticked for removal, are dropped; every list shows one spare blank row to add one.
 */
public class WizardForm {

  private String title;
  private String field;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate exchangeStart;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate exchangeEnd;

  private List<CounterpartRow> counterparts = new ArrayList<>();
  private List<PartnerRow> partners = new ArrayList<>();
  private List<ParticipantRow> participants = new ArrayList<>();
  private List<SessionRow> onlineSessions = new ArrayList<>();
  private List<ItemRow> budgetItems = new ArrayList<>();
  private Long indirectJpy;
  private String overrunReason;
  private String expectedOutcomes;
  private String followUpPlan;
  private String twinPlan;

  /** The form of a stored draft. */
  static WizardForm of(String title, String field, PlanContent c) {
    WizardForm f = new WizardForm();
    f.title = title;
    f.field = field;
    if (c != null) {
      f.exchangeStart = c.exchangeStart();
      f.exchangeEnd = c.exchangeEnd();
      c.counterparts().forEach(x -> f.counterparts.add(CounterpartRow.of(x)));
      c.partners().forEach(x -> f.partners.add(PartnerRow.of(x)));
      c.participants().forEach(x -> f.participants.add(ParticipantRow.of(x)));
      c.onlineSessions().forEach(x -> f.onlineSessions.add(SessionRow.of(x)));
      c.budgetItems().forEach(x -> f.budgetItems.add(ItemRow.of(x)));
      f.indirectJpy = c.indirectJpy();
      f.overrunReason = c.overrunReason();
      f.expectedOutcomes = c.expectedOutcomes();
      f.followUpPlan = c.followUpPlan();
      f.twinPlan = c.twinPlan();
    }
    return f;
  }

  /** What the form says, blank and removed rows dropped. */
  PlanContent toContent(String course) {
    return new PlanContent(
        course,
        exchangeStart,
        exchangeEnd,
        kept(counterparts, CounterpartRow::blank).stream().map(CounterpartRow::toDomain).toList(),
        kept(partners, PartnerRow::blank).stream().map(PartnerRow::toDomain).toList(),
        kept(participants, ParticipantRow::blank).stream().map(ParticipantRow::toDomain).toList(),
        kept(budgetItems, ItemRow::blank).stream().map(ItemRow::toDomain).toList(),
        indirectJpy == null ? 0 : indirectJpy,
        trimmed(overrunReason),
        kept(onlineSessions, SessionRow::blank).stream().map(SessionRow::toDomain).toList(),
        trimmed(expectedOutcomes),
        trimmed(followUpPlan),
        trimmed(twinPlan));
  }

  /** Adds the spare blank rows the page shows for adding one more of each. */
  WizardForm withSpareRows() {
    counterparts.add(new CounterpartRow());
    partners.add(new PartnerRow());
    participants.forEach(p -> p.visits.add(new VisitRow()));
    ParticipantRow spare = new ParticipantRow();
    spare.visits.add(new VisitRow());
    participants.add(spare);
    onlineSessions.add(new SessionRow());
    budgetItems.add(new ItemRow());
    return this;
  }

  private static <T extends Row> List<T> kept(List<T> rows, Predicate<T> blank) {
    return rows.stream().filter(r -> r != null && !r.isRemove() && !blank.test(r)).toList();
  }

  static String trimmed(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static boolean empty(String s) {
    return s == null || s.isBlank();
  }

  /** A row a user may tick for removal. */
  public abstract static class Row {
    private boolean remove;

    public boolean isRemove() {
      return remove;
    }

    public void setRemove(boolean remove) {
      this.remove = remove;
    }
  }

  /** An ASEAN counterpart institution. */
  public static class CounterpartRow extends Row {
    private String institution;
    private String country;

    static CounterpartRow of(Counterpart c) {
      CounterpartRow r = new CounterpartRow();
      r.institution = c.institution();
      r.country = c.country();
      return r;
    }

    boolean blank() {
      return empty(institution) && empty(country);
    }

    Counterpart toDomain() {
      return new Counterpart(
          trimmed(institution), country == null ? null : country.strip().toUpperCase());
    }

    public String getInstitution() {
      return institution;
    }

    public void setInstitution(String institution) {
      this.institution = institution;
    }

    public String getCountry() {
      return country;
    }

    public void setCountry(String country) {
      this.country = country;
    }
  }

  /** A Japanese partner institution. */
  public static class PartnerRow extends Row {
    private String name;
    private boolean funded;

    static PartnerRow of(PartnerInstitution p) {
      PartnerRow r = new PartnerRow();
      r.name = p.name();
      r.funded = p.funded();
      return r;
    }

    boolean blank() {
      return empty(name);
    }

    PartnerInstitution toDomain() {
      return new PartnerInstitution(trimmed(name), funded);
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public boolean isFunded() {
      return funded;
    }

    public void setFunded(boolean funded) {
      this.funded = funded;
    }
  }

  /** A participant or chaperone with their visits. */
  public static class ParticipantRow extends Row {
    private String name;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;

    private ParticipantCategory category;
    private ParticipantRole role = ParticipantRole.PARTICIPANT;
    private String affiliation;
    private List<VisitRow> visits = new ArrayList<>();

    static ParticipantRow of(Participant p) {
      ParticipantRow r = new ParticipantRow();
      r.name = p.name();
      r.birthDate = p.birthDate();
      r.category = p.category();
      r.role = p.role();
      r.affiliation = p.affiliation();
      p.visits().forEach(v -> r.visits.add(VisitRow.of(v)));
      return r;
    }

    boolean blank() {
      return empty(name)
          && birthDate == null
          && category == null
          && empty(affiliation)
          && kept(visits, VisitRow::blank).isEmpty();
    }

    Participant toDomain() {
      return new Participant(
          trimmed(name),
          birthDate,
          category,
          role,
          trimmed(affiliation),
          kept(visits, VisitRow::blank).stream().map(VisitRow::toDomain).toList());
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public LocalDate getBirthDate() {
      return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
      this.birthDate = birthDate;
    }

    public ParticipantCategory getCategory() {
      return category;
    }

    public void setCategory(ParticipantCategory category) {
      this.category = category;
    }

    public ParticipantRole getRole() {
      return role;
    }

    public void setRole(ParticipantRole role) {
      this.role = role;
    }

    public String getAffiliation() {
      return affiliation;
    }

    public void setAffiliation(String affiliation) {
      this.affiliation = affiliation;
    }

    public List<VisitRow> getVisits() {
      return visits;
    }

    public void setVisits(List<VisitRow> visits) {
      this.visits = visits;
    }
  }

  /** One stay of a participant. */
  public static class VisitRow extends Row {
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate start;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate end;

    private Direction direction = Direction.INVITATION;
    private String place;

    static VisitRow of(Visit v) {
      VisitRow r = new VisitRow();
      r.start = v.start();
      r.end = v.end();
      r.direction = v.direction();
      r.place = v.place();
      return r;
    }

    boolean blank() {
      return start == null && end == null && empty(place);
    }

    Visit toDomain() {
      return new Visit(start, end, direction, trimmed(place));
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

    public Direction getDirection() {
      return direction;
    }

    public void setDirection(Direction direction) {
      this.direction = direction;
    }

    public String getPlace() {
      return place;
    }

    public void setPlace(String place) {
      this.place = place;
    }
  }

  /** An online session. */
  public static class SessionRow extends Row {
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    private String topic;
    private Integer hours;

    static SessionRow of(OnlineSession s) {
      SessionRow r = new SessionRow();
      r.date = s.date();
      r.topic = s.topic();
      r.hours = s.hours();
      return r;
    }

    boolean blank() {
      return date == null && empty(topic) && hours == null;
    }

    OnlineSession toDomain() {
      return new OnlineSession(date, trimmed(topic), hours);
    }

    public LocalDate getDate() {
      return date;
    }

    public void setDate(LocalDate date) {
      this.date = date;
    }

    public String getTopic() {
      return topic;
    }

    public void setTopic(String topic) {
      this.topic = topic;
    }

    public Integer getHours() {
      return hours;
    }

    public void setHours(Integer hours) {
      this.hours = hours;
    }
  }

  /** A budget line. */
  public static class ItemRow extends Row {
    private BudgetCategory category;
    private String description;
    private Long amountJpy;

    static ItemRow of(BudgetItem i) {
      ItemRow r = new ItemRow();
      r.category = i.category();
      r.description = i.description();
      r.amountJpy = i.amountJpy();
      return r;
    }

    boolean blank() {
      return empty(description) && amountJpy == null;
    }

    BudgetItem toDomain() {
      return new BudgetItem(category, trimmed(description), amountJpy == null ? 0 : amountJpy);
    }

    public BudgetCategory getCategory() {
      return category;
    }

    public void setCategory(BudgetCategory category) {
      this.category = category;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public Long getAmountJpy() {
      return amountJpy;
    }

    public void setAmountJpy(Long amountJpy) {
      this.amountJpy = amountJpy;
    }
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getField() {
    return field;
  }

  public void setField(String field) {
    this.field = field;
  }

  public LocalDate getExchangeStart() {
    return exchangeStart;
  }

  public void setExchangeStart(LocalDate exchangeStart) {
    this.exchangeStart = exchangeStart;
  }

  public LocalDate getExchangeEnd() {
    return exchangeEnd;
  }

  public void setExchangeEnd(LocalDate exchangeEnd) {
    this.exchangeEnd = exchangeEnd;
  }

  public List<CounterpartRow> getCounterparts() {
    return counterparts;
  }

  public void setCounterparts(List<CounterpartRow> counterparts) {
    this.counterparts = counterparts;
  }

  public List<PartnerRow> getPartners() {
    return partners;
  }

  public void setPartners(List<PartnerRow> partners) {
    this.partners = partners;
  }

  public List<ParticipantRow> getParticipants() {
    return participants;
  }

  public void setParticipants(List<ParticipantRow> participants) {
    this.participants = participants;
  }

  public List<SessionRow> getOnlineSessions() {
    return onlineSessions;
  }

  public void setOnlineSessions(List<SessionRow> onlineSessions) {
    this.onlineSessions = onlineSessions;
  }

  public List<ItemRow> getBudgetItems() {
    return budgetItems;
  }

  public void setBudgetItems(List<ItemRow> budgetItems) {
    this.budgetItems = budgetItems;
  }

  public Long getIndirectJpy() {
    return indirectJpy;
  }

  public void setIndirectJpy(Long indirectJpy) {
    this.indirectJpy = indirectJpy;
  }

  public String getOverrunReason() {
    return overrunReason;
  }

  public void setOverrunReason(String overrunReason) {
    this.overrunReason = overrunReason;
  }

  public String getExpectedOutcomes() {
    return expectedOutcomes;
  }

  public void setExpectedOutcomes(String expectedOutcomes) {
    this.expectedOutcomes = expectedOutcomes;
  }

  public String getFollowUpPlan() {
    return followUpPlan;
  }

  public void setFollowUpPlan(String followUpPlan) {
    this.followUpPlan = followUpPlan;
  }

  public String getTwinPlan() {
    return twinPlan;
  }

  public void setTwinPlan(String twinPlan) {
    this.twinPlan = twinPlan;
  }
}
