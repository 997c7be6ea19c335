package nexus.reporting.incident;

import java.time.Clock;
import java.util.Objects;
import nexus.reporting.erasure.ErasedNames;
import nexus.reporting.obligation.ParticipantListErasure;
import nexus.web.erasure.ErasableCopies;
import nexus.web.erasure.ErasedPeople;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Erasure in the plan's incident reports: who was harmed, what happened and what was done are the
 * host's free text, so the erased person's name is replaced by the marker there (the report, its
 * severity, place and times stay: the agency keeps the record of the incident, not the name).
 */
@Component
class IncidentErasure implements ErasableCopies {

  private final MongoTemplate mongo;
  private final ParticipantListErasure lists;
  private final Clock clock;

  IncidentErasure(MongoTemplate mongo, ParticipantListErasure lists, Clock clock) {
    this.mongo = mongo;
    this.lists = lists;
    this.clock = clock;
  }

  @Override
  public int anonymise(String planId, ErasedPeople erased) {
    var incidents =
        mongo.find(Query.query(Criteria.where("planId").is(planId)), IncidentDocument.class);
    if (incidents.isEmpty()) {
      return 0;
    }
    ErasedNames names = ErasedNames.of(erased, lists.listedPeople(planId));
    int changed = 0;
    for (IncidentDocument d : incidents) {
      String harmed = names.scrub(d.harmed);
      String what = names.scrub(d.what);
      String actions = names.scrub(d.actions);
      if (Objects.equals(harmed, d.harmed)
          && Objects.equals(what, d.what)
          && Objects.equals(actions, d.actions)) {
        continue;
      }
      mongo.updateFirst(
          Query.query(Criteria.where("_id").is(d.id)),
          new Update()
              .set("harmed", harmed)
              .set("what", what)
              .set("actions", actions)
              .set("erasedAt", clock.instant()),
          IncidentDocument.class);
      changed++;
    }
    return changed;
  }
}
