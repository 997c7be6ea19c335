package nexus.review.reviewcase;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nexus.events.PlanSnapshot;
import nexus.web.erasure.ErasableCopies;
import nexus.web.erasure.ErasedPeople;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Erasure in the review case: the snapshot of the submitted plan is review's only copy of its
 * participants (the staff case page, the API and the reviewer portal all read it), so the erased
 * people are anonymised there — name to the marker, birth date and affiliation removed; category,
 * role and visits kept. The case notes how many of its people are erased, and when last.
 */
@Component
class CaseErasure implements ErasableCopies {

  private final MongoTemplate mongo;
  private final Clock clock;

  CaseErasure(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  @Override
  public int anonymise(String planId, ErasedPeople erased) {
    ReviewCaseDocument c = mongo.findById(planId, ReviewCaseDocument.class);
    if (c == null || c.snapshot == null) {
      return 0;
    }
    List<PlanSnapshot.Person> people = new ArrayList<>();
    int count = 0;
    for (PlanSnapshot.Person p : c.snapshot.participants()) {
      if (erased.matches(p.name(), p.affiliation())) {
        people.add(
            new PlanSnapshot.Person(
                ErasedPeople.MARKER, null, p.category(), p.role(), null, p.visits()));
        count++;
      } else {
        people.add(p);
      }
    }
    if (count == 0) {
      return 0;
    }
    // only if the snapshot is still the one read (a resubmission in between is erased after it)
    mongo.updateFirst(
        Query.query(
            Criteria.where("_id").is(planId).and("submissionVersion").is(c.submissionVersion)),
        new Update()
            .set("snapshot.participants", people)
            .set("erasedPeople", erasedIn(people))
            .set("erasedAt", clock.instant()),
        ReviewCaseDocument.class);
    return count;
  }

  private static int erasedIn(List<PlanSnapshot.Person> people) {
    return (int) people.stream().filter(p -> ErasedPeople.MARKER.equals(p.name())).count();
  }
}
