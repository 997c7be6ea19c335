package nexus.intake.institution;

import nexus.intake.institution.domain.InstitutionStatus;
import nexus.messaging.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * At start, announces the members of institutions verified before {@code member.joined} existed
 * (kept data, e.g. the launcher's {@code ./data}), so that the other services learn them too. Each
 * institution once: the flag and the events are one write; a replica that raced us loses on the
 * version and leaves it (a repeat would be harmless anyway: readers upsert by member id).
 */
@Component
class MembershipAnnouncements implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(MembershipAnnouncements.class);

  private final MongoTemplate mongo;
  private final Outbox outbox;

  MembershipAnnouncements(MongoTemplate mongo, Outbox outbox) {
    this.mongo = mongo;
    this.outbox = outbox;
  }

  @Override
  public void run(ApplicationArguments args) {
    Query unannounced =
        Query.query(
            Criteria.where("status")
                .is(InstitutionStatus.ACTIVE.name())
                .and("membersAnnounced")
                .ne(true));
    int announced = 0;
    for (InstitutionDocument institution : mongo.find(unannounced, InstitutionDocument.class)) {
      MembershipEvents.announceMembers(institution, outbox);
      try {
        mongo.save(institution);
        announced++;
      } catch (OptimisticLockingFailureException e) {
        log.info("members of {} announced by another instance", institution.id);
      }
    }
    if (announced > 0) {
      log.info("announced the members of {} institutions verified before member.joined", announced);
    }
  }
}
