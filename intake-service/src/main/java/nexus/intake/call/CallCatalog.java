package nexus.intake.call;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nexus.events.CallOpened;
import nexus.intake.call.domain.Call;
import nexus.intake.call.domain.CallValidation;
import nexus.intake.call.domain.DocumentRules;
import nexus.messaging.Outbox;
import nexus.messaging.OutboxEntry;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The calls intake serves, in its database: the version-controlled call files are loaded at first
 * start (a call already stored is left as staff edited it), and staff open next year's call by
 * copying one. Opening a call publishes {@code CallOpened}.
 */
@Component
public class CallCatalog {

  static final String COLLECTION = "calls";

  private final MongoTemplate mongo;
  private final Outbox outbox;
  private final Clock clock;
  private final Map<String, Call> parsed = new ConcurrentHashMap<>();

  CallCatalog(MongoTemplate mongo, Outbox outbox, Clock clock) {
    this.mongo = mongo;
    this.outbox = outbox;
    this.clock = clock;
    CallDefinitions.load().forEach(this::addIfAbsent);
  }

  public Optional<Call> find(String id) {
    return Optional.ofNullable(
            mongo.getCollection(COLLECTION).find(new Document("_id", id)).first())
        .map(d -> parse(d.getString("definition")));
  }

  /** The call accepting submissions at this instant (the one closing first, if several are). */
  public Optional<Call> openAt(java.time.Instant now) {
    return all().stream()
        .filter(c -> c.acceptsSubmissionAt(now))
        .min(java.util.Comparator.comparing(Call::closesAtInstant));
  }

  public Collection<Call> all() {
    List<Call> calls = new ArrayList<>();
    mongo
        .getCollection(COLLECTION)
        .find()
        .forEach(d -> calls.add(parse(d.getString("definition"))));
    return calls;
  }

  /**
   * The stored definition, parsed once per version of it: every look-up still reads the database
   * (so a window staff moved counts at once), but a submission looks its call up three times and
   * parsing the YAML each time was a fifth of intake's CPU in the deadline-surge bench.
   */
  private Call parse(String definition) {
    if (parsed.size() > 100) {
      parsed.clear();
    }
    return parsed.computeIfAbsent(definition, CallDefinitions::parse);
  }

  /**
   * Opens next year's call (or any later year's) as a copy of this one, every date moved by the
   * years between them.
   *
   * @return the new call, or empty when a call of that id exists already
   */
  public Optional<Call> copy(String sourceId, int fiscalYear) {
    Call source = find(sourceId).orElseThrow();
    int years = fiscalYear - source.fiscalYear();
    String id = sourceId.replace(String.valueOf(source.fiscalYear()), String.valueOf(fiscalYear));
    if (id.equals(sourceId)) {
      id = sourceId + "-" + fiscalYear;
    }
    Call copy =
        new Call(
            id,
            source.programId(),
            fiscalYear,
            source
                .titleJa()
                .replace(String.valueOf(source.fiscalYear()), String.valueOf(fiscalYear)),
            source
                .titleEn()
                .replace(String.valueOf(source.fiscalYear()), String.valueOf(fiscalYear)),
            source.zone(),
            source.opensAt().plusYears(years),
            source.closesAt().plusYears(years),
            source.eligibleCountries(),
            source.exchangeStartFrom().plusYears(years),
            source.exchangeStartUntil().plusYears(years),
            source.exchangeEndBy().plusYears(years),
            source.maxExchangeMonths(),
            source.maxStayDaysPerPerson(),
            source.courses(),
            source.budget(),
            new DocumentRules(
                source.documents().kinds(),
                source
                    .documents()
                    .fileNamePattern()
                    .replace(String.valueOf(source.fiscalYear()), String.valueOf(fiscalYear)),
                source.documents().maxBytes(),
                source.documents().mediaTypes()));
    return addIfAbsent(copy) ? Optional.of(copy) : Optional.empty();
  }

  /**
   * Moves a call's application window (an extension after a system failure on deadline day, say),
   * keeping who changed it, when and why in the call's history.
   *
   * @return the call as it is now
   */
  public Call reschedule(
      String id, LocalDateTime opensAt, LocalDateTime closesAt, String by, String reason) {
    Call c = find(id).orElseThrow();
    Call moved =
        new Call(
            c.id(),
            c.programId(),
            c.fiscalYear(),
            c.titleJa(),
            c.titleEn(),
            c.zone(),
            opensAt,
            closesAt,
            c.eligibleCountries(),
            c.exchangeStartFrom(),
            c.exchangeStartUntil(),
            c.exchangeEndBy(),
            c.maxExchangeMonths(),
            c.maxStayDaysPerPerson(),
            c.courses(),
            c.budget(),
            c.documents());
    Document change =
        new Document("at", Date.from(clock.instant()))
            .append("by", by)
            .append("reason", reason)
            .append("from", c.opensAt() + " – " + c.closesAt())
            .append("to", opensAt + " – " + closesAt);
    mongo
        .getCollection(COLLECTION)
        .updateOne(
            new Document("_id", id),
            new Document("$set", new Document("definition", CallDefinitions.write(moved)))
                .append("$push", new Document("history", change)));
    return moved;
  }

  /**
   * Replaces a call's definition as staff edited it, keeping who, when and why in its history. The
   * rules are frozen once a plan has been submitted to the call (changing them would judge plans by
   * different rules); titles and the window may still change.
   *
   * @throws CallChangeRefused when the definition is not usable or the rules are frozen
   */
  public Call update(String id, Call edited, String by, String reason) {
    Call current = find(id).orElseThrow();
    List<CallValidation.Problem> problems = new java.util.ArrayList<>(CallValidation.check(edited));
    if (reason == null || reason.isBlank()) {
      problems.add(new CallValidation.Problem("reason", "call.reason.required"));
    }
    if (!problems.isEmpty()) {
      throw new CallChangeRefused(problems);
    }
    if (!sameRules(current, edited) && submittedPlans(id) > 0) {
      throw new CallChangeRefused(List.of(new CallValidation.Problem("form", "call.frozen")));
    }
    Call updated =
        new Call(
            current.id(),
            current.programId(),
            current.fiscalYear(),
            edited.titleJa().strip(),
            edited.titleEn().strip(),
            current.zone(),
            edited.opensAt(),
            edited.closesAt(),
            edited.eligibleCountries(),
            edited.exchangeStartFrom(),
            edited.exchangeStartUntil(),
            edited.exchangeEndBy(),
            edited.maxExchangeMonths(),
            edited.maxStayDaysPerPerson(),
            edited.courses(),
            edited.budget(),
            edited.documents());
    Document change =
        new Document("at", Date.from(clock.instant()))
            .append("by", by)
            .append("reason", reason.strip())
            .append("from", CallDefinitions.write(current))
            .append("to", CallDefinitions.write(updated));
    mongo
        .getCollection(COLLECTION)
        .updateOne(
            new Document("_id", id),
            new Document("$set", new Document("definition", CallDefinitions.write(updated)))
                .append("$push", new Document("history", change)));
    return updated;
  }

  /** A change of a call that was refused, with every problem. */
  public static final class CallChangeRefused extends RuntimeException {
    private final transient List<CallValidation.Problem> problems;

    CallChangeRefused(List<CallValidation.Problem> problems) {
      super("call change refused: " + problems);
      this.problems = List.copyOf(problems);
    }

    public List<CallValidation.Problem> problems() {
      return problems;
    }
  }

  /** How many plans were submitted to the call (and not withdrawn). */
  public long submittedPlans(String callId) {
    return mongo
        .getCollection("plans")
        .countDocuments(new Document("callId", callId).append("status", "SUBMITTED"));
  }

  private static boolean sameRules(Call a, Call b) {
    return a.eligibleCountries().equals(b.eligibleCountries())
        && a.exchangeStartFrom().equals(b.exchangeStartFrom())
        && a.exchangeStartUntil().equals(b.exchangeStartUntil())
        && a.exchangeEndBy().equals(b.exchangeEndBy())
        && a.maxExchangeMonths() == b.maxExchangeMonths()
        && a.maxStayDaysPerPerson() == b.maxStayDaysPerPerson()
        && a.courses().equals(b.courses())
        && a.budget().equals(b.budget())
        && a.documents().equals(b.documents());
  }

  /** Stores a call with its {@code CallOpened} event in one write, unless its id is taken. */
  private boolean addIfAbsent(Call call) {
    if (mongo.getCollection(COLLECTION).find(new Document("_id", call.id())).first() != null) {
      return false;
    }
    CallOpened opened =
        new CallOpened(
            call.id(),
            call.programId(),
            call.fiscalYear(),
            call.titleEn(),
            call.opensAtInstant(),
            call.closesAtInstant());
    mongo
        .getCollection(COLLECTION)
        .insertOne(
            new Document("_id", call.id())
                .append("definition", CallDefinitions.write(call))
                .append("storedAt", Date.from(clock.instant()))
                .append("outbox", List.of(outboxDocument(outbox.entryFor(opened)))));
    return true;
  }

  /** The entry as the relay reads it (the same shape Spring Data stores for an aggregate). */
  private static Document outboxDocument(OutboxEntry e) {
    return new Document("eventId", e.eventId())
        .append("type", e.type())
        .append("key", e.key())
        .append("envelope", e.envelope())
        .append("recordedAt", Date.from(e.recordedAt()))
        .append("traceparent", e.traceparent());
  }
}
