package nexus.web.erasure;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nexus.events.AlumniErased;
import nexus.events.ParticipantRecord;
import nexus.web.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Carries out issue 7's erasure in a service: learns who is who from the host's participant lists
 * (kept as keys, {@link nexus.web.erasure.PersonKeys}), and on {@code alumni.erased} anonymises the
 * person in every {@link ErasableCopies}. An erasure stays pending until it can be applied: before
 * the list arrives, and while no copy of the plan names the person (it is tried again with every
 * new copy, {@link #reapply}); the latter is written once to the audit trail as {@link #UNMATCHED},
 * so that staff see it. Each applied erasure goes to the audit trail too (ids only).
 */
public class Erasures {

  /**
   * The audit action of an erasure the participant list recognises but no copy of the plan names
   * (yet): it stays pending, and staff find it on the service's audit page ({@code /ops/audit}).
   */
  public static final String UNMATCHED = "participant.erasure.unmatched";

  private static final Logger log = LoggerFactory.getLogger(Erasures.class);

  private final MongoTemplate mongo;
  private final List<ErasableCopies> copies;
  private final AuditTrail audit;
  private final Clock clock;

  public Erasures(MongoTemplate mongo, List<ErasableCopies> copies, AuditTrail audit, Clock clock) {
    this.mongo = mongo;
    this.copies = copies;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The host's participants of a plan (a list or a completed exchange): their keys are added or
   * updated by participant id; an erased person's keys are never replaced (reporting lists them as
   * the marker by then).
   */
  public void listed(String planId, List<ParticipantRecord> participants) {
    if (participants.isEmpty()) {
      return;
    }
    ErasureDocument d = document(planId);
    Set<String> erased = requested(d);
    for (ParticipantRecord p : participants) {
      boolean known = d.listed.stream().anyMatch(l -> l.participantId().equals(p.participantId()));
      if (ErasedPeople.MARKER.equals(p.name()) || (known && erased.contains(p.participantId()))) {
        continue;
      }
      d.listed.removeIf(l -> l.participantId().equals(p.participantId()));
      d.listed.add(
          new ListedPerson(
              p.participantId(),
              PersonKeys.key(planId, p.name()),
              PersonKeys.key(planId, p.affiliation())));
    }
    apply(d);
  }

  /** An alumnus's erasure: applied to each plan they took part in, or kept until it can be. */
  public void erased(AlumniErased event) {
    for (AlumniErased.PlanParticipant pp : event.participants()) {
      ErasureDocument d = document(pp.planId());
      if (!requested(d).contains(pp.participantId())) {
        d.requests.add(
            new ErasureDocument.Request(
                pp.participantId(), event.alumnusId(), event.erasedAt(), null, 0, null));
      }
      apply(d);
      if (d.listed.stream().noneMatch(l -> l.participantId().equals(pp.participantId()))) {
        log.info(
            "erasure of participant {} in plan {} waits for the plan's participant list",
            pp.participantId(),
            pp.planId());
      }
    }
  }

  /** Applies a plan's erasures again, after a new copy of the plan was stored. */
  public void reapply(String planId) {
    ErasureDocument d = mongo.findById(planId, ErasureDocument.class);
    if (d != null && !d.requests.isEmpty()) {
      apply(d);
    }
  }

  private void apply(ErasureDocument d) {
    ErasedPeople erased = new ErasedPeople(d.planId, d.listed, requested(d));
    // one person at a time, so that each request knows whether anyone was found for it
    Map<String, Integer> found = new HashMap<>();
    for (String participantId : erased.recognisable()) {
      ErasedPeople one = new ErasedPeople(d.planId, d.listed, Set.of(participantId));
      int people = 0;
      for (ErasableCopies c : copies) {
        people += c.anonymise(d.planId, one);
      }
      found.put(participantId, people);
    }
    Instant now = clock.instant();
    List<ErasureDocument.Request> applied = new ArrayList<>();
    List<ErasureDocument.Request> unmatched = new ArrayList<>();
    for (int i = 0; i < d.requests.size(); i++) {
      ErasureDocument.Request r = d.requests.get(i);
      Integer people = found.get(r.participantId());
      if (r.appliedAt() != null || people == null) {
        continue; // applied before, or the list that recognises the person has not arrived
      }
      if (people > 0) {
        r = r.applied(now, people);
        applied.add(r);
      } else if (r.unmatchedAt() == null) {
        // no copy names the person (yet): pending, retried with every new copy of the plan
        r = r.unmatched(now);
        unmatched.add(r);
      }
      d.requests.set(i, r);
    }
    mongo.save(d);
    for (ErasureDocument.Request r : applied) {
      String detail =
          "participant %s of alumnus %s: %d people anonymised"
              .formatted(r.participantId(), r.alumnusId(), r.people());
      audit.record(
          new AuditTrail.Entry(
              now, "system", List.of(), "participant.erased", d.planId, "OK", detail));
      log.info("erasure applied to plan {}: {}", d.planId, detail);
    }
    for (ErasureDocument.Request r : unmatched) {
      String detail =
          "participant %s of alumnus %s: nobody of that name in this service's copies yet; pending"
              .formatted(r.participantId(), r.alumnusId());
      audit.record(
          new AuditTrail.Entry(now, "system", List.of(), UNMATCHED, d.planId, "NOT_FOUND", detail));
      log.warn("erasure in plan {} matches nobody: {}", d.planId, detail);
    }
  }

  private static Set<String> requested(ErasureDocument d) {
    Set<String> ids = new HashSet<>();
    d.requests.forEach(r -> ids.add(r.participantId()));
    return ids;
  }

  private ErasureDocument document(String planId) {
    ErasureDocument d = mongo.findById(planId, ErasureDocument.class);
    if (d == null) {
      d = new ErasureDocument();
      d.planId = planId;
    }
    return d;
  }
}
