package nexus.reporting.obligation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import nexus.events.AlumniErased;
import nexus.events.PlanSnapshot;
import nexus.reporting.erasure.ErasedNames;
import nexus.reporting.obligation.domain.ConfirmedParticipant;
import nexus.reporting.obligation.domain.SafetyChecklist;
import nexus.web.erasure.ErasableCopies;
import nexus.web.erasure.ErasedPeople;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Erasure in the plan's reporting file: the participant list (name, e-mail, birth date, affiliation
 * and emergency contact go; category, country, role, visits and the rest of the safety checklist
 * stay, so counts and person-days do) and the copy of the awarded plan's people. Reporting gave the
 * participant ids, so {@code alumni.erased} is applied here at once by id; as one of the service's
 * {@link ErasableCopies} it also catches the person again in a list handed in later. Runs after the
 * other copies, which look for the names this list still gives.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class ParticipantListErasure implements ErasableCopies {

  private final MongoTemplate mongo;

  ParticipantListErasure(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** Applies an alumnus's erasure to the lists naming them, by participant id. Idempotent. */
  public void erase(AlumniErased event) {
    for (AlumniErased.PlanParticipant pp : event.participants()) {
      anonymise(pp.planId(), p -> p.participantId().equals(pp.participantId()), n -> false);
    }
  }

  @Override
  public int anonymise(String planId, ErasedPeople erased) {
    return anonymise(
        planId,
        p ->
            erased.recognisable().contains(p.participantId())
                || erased.matches(p.name(), p.affiliation()),
        p -> erased.matches(p.name(), p.affiliation()));
  }

  /**
   * Who the plan's lists name (the participant list and the awarded plan's people), as the other
   * copies look for them.
   */
  public List<ErasedNames.Named> listedPeople(String planId) {
    ObligationDocument d = mongo.findById(planId, ObligationDocument.class);
    List<ErasedNames.Named> people = new ArrayList<>();
    if (d == null) {
      return people;
    }
    if (d.participantList != null) {
      d.participantList
          .participants()
          .forEach(p -> people.add(new ErasedNames.Named(p.name(), p.affiliation())));
    }
    d.awardedPeople.forEach(p -> people.add(new ErasedNames.Named(p.name(), p.affiliation())));
    return people;
  }

  private int anonymise(
      String planId,
      Predicate<ConfirmedParticipant> listed,
      Predicate<PlanSnapshot.Person> awarded) {
    ObligationDocument d = mongo.findById(planId, ObligationDocument.class);
    if (d == null) {
      return 0;
    }
    int count = 0;
    List<ConfirmedParticipant> people = new ArrayList<>();
    if (d.participantList != null) {
      for (ConfirmedParticipant p : d.participantList.participants()) {
        boolean erase = !Obligations.ERASED.equals(p.name()) && listed.test(p);
        people.add(erase ? anonymised(p) : p);
        count += erase ? 1 : 0;
      }
    }
    boolean awardedNamed = d.awardedPeople.stream().anyMatch(awarded);
    if (count == 0 && !awardedNamed) {
      return 0;
    }
    Update update = new Update();
    if (count > 0) {
      update
          .set("participantList.participants", people)
          // the awarded plan's people are only kept until the list is submitted
          .set("awardedPeople", List.of());
    } else {
      update.set("awardedPeople", d.awardedPeople.stream().filter(awarded.negate()).toList());
      count = (int) d.awardedPeople.stream().filter(awarded).count();
    }
    // only the list that was read: a list handed in meanwhile is announced, and its event applies
    // the plan's erasures to it again
    var query = Obligations.byId(planId);
    if (d.participantList != null) {
      query.addCriteria(
          Criteria.where("participantList.submittedAt").is(d.participantList.submittedAt()));
    }
    mongo.updateFirst(query, update, ObligationDocument.class);
    return count;
  }

  private static ConfirmedParticipant anonymised(ConfirmedParticipant p) {
    return new ConfirmedParticipant(
        p.participantId(),
        Obligations.ERASED,
        null,
        p.category(),
        p.role(),
        null,
        p.country(),
        null,
        p.visits(),
        p.safety() == null
            ? null
            : new SafetyChecklist(
                p.safety().insuranceWithEvacuation(), null, p.safety().mofaRegistered()));
  }
}
