package nexus.alumni.membership;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * At start, tells the other services how to reach the members known before {@code
 * alumni.contact-changed} existed (kept data), so that reporting, say, learns them too. Each member
 * once: their first contact version and the event are one write, conditional on the member having
 * none; a replica that raced us, or a change the member made meanwhile, wins and told it already.
 */
@Component
class ContactAnnouncements implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ContactAnnouncements.class);
  private static final int PAGE = 500;

  private final MongoTemplate mongo;
  private final ContactEvents contacts;

  ContactAnnouncements(MongoTemplate mongo, ContactEvents contacts) {
    this.mongo = mongo;
    this.contacts = contacts;
  }

  @Override
  public void run(ApplicationArguments args) {
    int announced = 0;
    String last = "";
    while (true) {
      Query untold =
          Query.query(
                  Criteria.where("contactVersion")
                      .is(null)
                      .and("erased")
                      .is(false)
                      .and("_id")
                      .gt(last))
              .with(Sort.by("_id"))
              .limit(PAGE);
      untold.fields().exclude("outbox");
      List<MemberDocument> page = mongo.find(untold, MemberDocument.class);
      if (page.isEmpty()) {
        break;
      }
      for (MemberDocument member : page) {
        Update update = contacts.record(new Update(), member, MemberContact.of(member));
        if (ContactEvents.applyToCurrentMember(mongo, member, update)) {
          announced++;
        }
      }
      last = page.get(page.size() - 1).id;
    }
    if (announced > 0) {
      log.info(
          "announced the contact of {} members known before alumni.contact-changed", announced);
    }
  }
}
