package nexus.alumni.membership;

import java.time.Clock;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Addresses the mail server refused for good (a 5xx reply): the member's address is marked as
 * bouncing, with the time and the reply, and gets no more mail (from alumni or, through {@code
 * alumni.contact-changed}, from the other services) until the member changes it.
 */
@Component
public class Bounces {

  static final int MAX_REPLY = 300;

  private final MongoTemplate mongo;
  private final Clock clock;
  private final ContactEvents contacts;

  Bounces(MongoTemplate mongo, Clock clock, ContactEvents contacts) {
    this.mongo = mongo;
    this.clock = clock;
    this.contacts = contacts;
  }

  /**
   * Marks the member's address as bouncing, if it is still the refused one (the member may have
   * changed it while the mail was on its way); the other services learn they may not mail it.
   *
   * @return whether the member's current address was marked now
   */
  public boolean record(String memberId, String address, String reply) {
    String shortReply =
        reply == null || reply.length() <= MAX_REPLY ? reply : reply.substring(0, MAX_REPLY);
    Criteria stillRefused =
        Criteria.where("erased").is(false).and("email").is(address).and("emailBouncedAt").isNull();
    return ContactEvents.retrying(
        () ->
            mongo.findOne(
                Query.query(Criteria.where("_id").is(memberId).andOperator(stillRefused)),
                MemberDocument.class),
        member -> {
          Update update =
              new Update().set("emailBouncedAt", clock.instant()).set("emailBounce", shortReply);
          contacts.record(update, member, MemberContact.of(member).bounced());
          return mongo
                  .updateFirst(
                      Query.query(ContactEvents.unchanged(member).andOperator(stillRefused)),
                      update,
                      MemberDocument.class)
                  .getModifiedCount()
              > 0;
        });
  }

  /** How many active members' addresses bounce. */
  public long count() {
    return mongo.count(
        Query.query(Members.active().and("emailBouncedAt").ne(null)), MemberDocument.class);
  }
}
