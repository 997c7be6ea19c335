package nexus.intake.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nexus.intake.plan.domain.Participant;
import nexus.web.erasure.ErasableCopies;
import nexus.web.erasure.ErasedPeople;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Erasure in the plan itself: the draft and the submitted version are the same content, so the
 * erased people are anonymised there, in place — the one change a submitted version takes after
 * submission (the law's exception to its immutability). Counts, categories, roles and visits stay,
 * so statistics and person-days do; receipt number, version, timeline and the documents (and their
 * SHA-256) are untouched. The plan notes how many people were erased and when.
 */
@Component
class PlanErasure implements ErasableCopies {

  private final MongoTemplate mongo;
  private final Clock clock;

  PlanErasure(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  @Override
  public int anonymise(String planId, ErasedPeople erased) {
    PlanDocument d = mongo.findById(planId, PlanDocument.class);
    if (d == null || d.content == null) {
      return 0;
    }
    List<Participant> people = new ArrayList<>();
    int count = 0;
    for (Participant p : d.content.participants()) {
      if (erased.matches(p.name(), p.affiliation())) {
        people.add(
            new Participant(ErasedPeople.MARKER, null, p.category(), p.role(), null, p.visits()));
        count++;
      } else {
        people.add(p);
      }
    }
    if (count == 0) {
      return 0;
    }
    d.content = d.content.withParticipants(people);
    d.erasedPeople =
        (int) people.stream().filter(p -> ErasedPeople.MARKER.equals(p.name())).count();
    d.erasedAt = clock.instant();
    // versioned: a concurrent change fails this write and the inbox retries the erasure
    mongo.save(d);
    return count;
  }
}
