package nexus.alumni.membership;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nexus.alumni.membership.MemberDocument.Exchange;
import nexus.alumni.membership.domain.Identity;
import nexus.alumni.membership.domain.ProfileField;
import nexus.events.AlumniEnrolled;
import nexus.events.AlumniInvited;
import nexus.events.ExchangeCompleted;
import nexus.events.ParticipantListSubmitted;
import nexus.events.ParticipantRecord;
import nexus.events.PlanSnapshot;
import nexus.messaging.Outbox;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Enrols every participant of a completed exchange, once: a participation already known (also of an
 * erased member) changes nothing; a new participation of a known e-mail address joins that member;
 * anyone else becomes a new member, announced by {@code AlumniEnrolled} and invited to claim the
 * profile by {@code AlumniInvited} when an address is known. Either way {@code
 * alumni.contact-changed} tells the other services the member's exchanges.
 */
@Component
public class Enrolment {

  private final MongoTemplate mongo;
  private final Outbox outbox;
  private final Clock clock;
  private final ContactEvents contacts;

  Enrolment(MongoTemplate mongo, Outbox outbox, Clock clock, ContactEvents contacts) {
    this.mongo = mongo;
    this.outbox = outbox;
    this.clock = clock;
    this.contacts = contacts;
  }

  /** Keeps the participants' contact data until their exchange completes. */
  public void rememberContacts(ParticipantListSubmitted list) {
    for (ParticipantRecord p : list.participants()) {
      ContactDocument contact = new ContactDocument();
      contact.id = Identity.participationKey(list.planId(), p.participantId());
      contact.name = p.name();
      contact.email = p.email();
      contact.country = p.country();
      contact.affiliation = p.affiliation();
      contact.submittedAt = list.submittedAt();
      mongo.save(contact);
    }
  }

  /** Enrols the participants of a completed exchange (idempotent). */
  public void enrol(ExchangeCompleted completed) {
    for (ParticipantRecord participant : participantsOf(completed)) {
      ParticipantRecord p = withContacts(completed.planId(), participant);
      try {
        enrol(completed, p);
      } catch (DuplicateKeyException raced) {
        // another instance enrolled this participation or address a moment ago: join it
        enrol(completed, p);
      }
    }
  }

  /** Enrols one participant, unless a concurrent change of the member found needs a new look. */
  private void enrol(ExchangeCompleted completed, ParticipantRecord p) {
    for (int attempt = 1; !enrolOnce(completed, p); attempt++) {
      if (attempt == 5) {
        throw new OptimisticLockingFailureException(
            "member of " + completed.planId() + " changed concurrently");
      }
    }
  }

  private boolean enrolOnce(ExchangeCompleted completed, ParticipantRecord p) {
    String key = Identity.participationKey(completed.planId(), p.participantId());
    if (mongo.exists(
        Query.query(Criteria.where("participationKeys").is(key)), MemberDocument.class)) {
      return true;
    }
    Exchange exchange = exchangeOf(completed, p);
    String emailKey = Identity.emailKey(p.email());
    Optional<MemberDocument> known =
        emailKey == null
            ? Optional.empty()
            : Optional.ofNullable(
                mongo.findOne(
                    Query.query(Criteria.where("emailKey").is(emailKey).and("erased").is(false)),
                    MemberDocument.class));
    if (known.isPresent()) {
      // the new exchange is one more (plan, participant) others may know the member by
      MemberDocument member = known.get();
      Update update = new Update().addToSet("participationKeys", key).push("exchanges", exchange);
      contacts.record(update, member, MemberContact.of(member).withExchange(exchange));
      return ContactEvents.applyToCurrentMember(mongo, member, update);
    }
    mongo.insert(newMember(completed, p, key, emailKey, exchange));
    return true;
  }

  private MemberDocument newMember(
      ExchangeCompleted completed,
      ParticipantRecord p,
      String key,
      String emailKey,
      Exchange exchange) {
    MemberDocument m = new MemberDocument();
    m.id = "ALU-" + UUID.randomUUID();
    m.participationKeys = new ArrayList<>(List.of(key));
    m.emailKey = emailKey;
    m.email = p.email() == null ? null : p.email().strip();
    m.name = p.name();
    m.country = p.country();
    m.institution = p.affiliation();
    m.fields =
        completed.field() == null ? new ArrayList<>() : new ArrayList<>(List.of(completed.field()));
    m.language = "JP".equalsIgnoreCase(p.country()) ? "ja" : "en";
    m.exchanges = new ArrayList<>(List.of(exchange));
    m.enrolledAt = completed.completedAt();
    m.visibility = ProfileField.defaults();
    m.outbox.add(
        outbox.entryFor(new AlumniEnrolled(completed.planId(), m.id, completed.completedAt())));
    if (emailKey != null) {
      m.outbox.add(outbox.entryFor(new AlumniInvited(m.id, m.language, clock.instant())));
    }
    // not to be mailed by others yet (no mail consent before the claim), but known by its exchange
    contacts.announceNew(m);
    return m;
  }

  private ParticipantRecord withContacts(String planId, ParticipantRecord p) {
    if (p.email() != null && p.name() != null) {
      return p;
    }
    ContactDocument c =
        mongo.findById(Identity.participationKey(planId, p.participantId()), ContactDocument.class);
    if (c == null) {
      return p;
    }
    return new ParticipantRecord(
        p.participantId(),
        p.name() != null ? p.name() : c.name,
        p.email() != null ? p.email() : c.email,
        p.country() != null ? p.country() : c.country,
        p.affiliation() != null ? p.affiliation() : c.affiliation,
        p.category(),
        p.role(),
        p.direction());
  }

  private static List<ParticipantRecord> participantsOf(ExchangeCompleted completed) {
    if (!completed.participants().isEmpty()) {
      return completed.participants();
    }
    // a completion recorded before participants were carried: ids only
    return completed.participantIds().stream()
        .map(id -> new ParticipantRecord(id, null, null, null, null, null, null, null))
        .toList();
  }

  private static Exchange exchangeOf(ExchangeCompleted c, ParticipantRecord p) {
    Integer year = Identity.callYear(c.callId());
    if (year == null && c.exchangeStart() != null) {
      year = c.exchangeStart().getYear();
    }
    return new Exchange(
        c.planId(),
        p.participantId(),
        Identity.program(c.callId()),
        year,
        c.course(),
        c.field(),
        c.hostInstitutionName(),
        c.counterparts().stream().map(Enrolment::label).toList(),
        c.exchangeStart(),
        c.exchangeEnd(),
        p.role(),
        p.direction());
  }

  private static String label(PlanSnapshot.Counterpart c) {
    return c.country() == null ? c.institution() : c.institution() + " (" + c.country() + ")";
  }
}
