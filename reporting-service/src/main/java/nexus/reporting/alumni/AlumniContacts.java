package nexus.reporting.alumni;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nexus.events.AlumniContactChanged;
import nexus.events.AlumniErased;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Reporting's copy of how alumni members may be reached, per (plan, participant): the only source
 * of the addresses the follow-up surveys mail participants at. A participant without an entry, or
 * whose entry has no address (no mail consent, a bouncing address, left), is not mailed. A later
 * change wins whatever order the events arrive in: an entry moves only to a higher version.
 */
@Service
public class AlumniContacts {

  private final MongoTemplate mongo;

  AlumniContacts(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /**
   * Where and in which language a participant may be mailed.
   *
   * @param email address
   * @param language {@code ja} or {@code en}
   */
  public record Contact(String email, String language) {}

  /** Keeps the member's contact for each of their participations, unless a later one is kept. */
  public void changed(AlumniContactChanged event) {
    for (AlumniErased.PlanParticipant p : event.participants()) {
      AlumniContactDocument d = entry(p, event.alumnusId(), event.version(), event.changedAt());
      d.email = event.email();
      d.language = event.language();
      keepIfLater(d);
    }
  }

  /** The member left: their entries lose the address and stay so, whatever comes later. */
  public void erased(AlumniErased event) {
    for (AlumniErased.PlanParticipant p : event.participants()) {
      AlumniContactDocument d = entry(p, event.alumnusId(), Long.MAX_VALUE, event.erasedAt());
      d.erased = true;
      keepIfLater(d);
    }
  }

  private static AlumniContactDocument entry(
      AlumniErased.PlanParticipant p, String alumnusId, long version, Instant at) {
    AlumniContactDocument d = new AlumniContactDocument();
    d.id = AlumniContactDocument.idOf(p.planId(), p.participantId());
    d.planId = p.planId();
    d.participantId = p.participantId();
    d.alumnusId = alumnusId;
    d.version = version;
    d.changedAt = at;
    return d;
  }

  /** Replaces an entry of a lower version, or adds it; an entry of this or a later one stays. */
  private void keepIfLater(AlumniContactDocument d) {
    Update update =
        new Update()
            .set("alumnusId", d.alumnusId)
            .set("email", d.email)
            .set("language", d.language)
            .set("version", d.version)
            .set("changedAt", d.changedAt)
            .set("erased", d.erased);
    Query lower = Query.query(Criteria.where("_id").is(d.id).and("version").lt(d.version));
    if (mongo.updateFirst(lower, update, AlumniContactDocument.class).getMatchedCount() > 0) {
      return;
    }
    try {
      mongo.insert(d);
    } catch (DuplicateKeyException raced) {
      // added meanwhile (by another delivery of this member's changes): the later one wins
      mongo.updateFirst(lower, update, AlumniContactDocument.class);
    }
  }

  /** The participants among these whom alumni allows to be mailed, with where and how. */
  public Map<ParticipantKey, Contact> mailable(Collection<ParticipantKey> participants) {
    Map<ParticipantKey, Contact> found = new HashMap<>();
    if (participants.isEmpty()) {
      return found;
    }
    Map<String, ParticipantKey> byId = new HashMap<>();
    participants.forEach(p -> byId.put(p.id(), p));
    // by _id alone, so that any server answers from the _id index (the embedded one uses an
    // index only when the query names exactly its keys); entries without an address are skipped
    Query query = Query.query(Criteria.where("_id").in(List.copyOf(byId.keySet())));
    query.fields().include("email", "language");
    for (AlumniContactDocument d : mongo.find(query, AlumniContactDocument.class)) {
      if (d.email != null) {
        found.put(byId.get(d.id), new Contact(d.email, d.language == null ? "ja" : d.language));
      }
    }
    return found;
  }
}
