package nexus.alumni.membership;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import nexus.events.AlumniContactChanged;
import nexus.messaging.Outbox;
import nexus.messaging.OutboxEntry;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Tells the other services how a member may be reached ({@code alumni.contact-changed}) in the same
 * write as the change: every write that changes a member's contact raises the member's contact
 * version and is applied only if the version is still the one read, so the event always describes
 * what was stored, and readers keep the highest version.
 */
@Component
class ContactEvents {

  private static final int ATTEMPTS = 5;

  private final Outbox outbox;
  private final Clock clock;

  ContactEvents(Outbox outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  /** The member as read: a write with this criterion fails if their contact changed since. */
  static Criteria unchanged(MemberDocument before) {
    return Criteria.where("_id").is(before.id).and("contactVersion").is(before.contactVersion);
  }

  /**
   * Writes the update to the member as read, if they are still a member and their contact has not
   * changed since; false otherwise (read them again, or they left).
   */
  static boolean applyToCurrentMember(MongoTemplate mongo, MemberDocument before, Update update) {
    return mongo
            .updateFirst(
                Query.query(unchanged(before).and("erased").is(false)),
                update,
                MemberDocument.class)
            .getModifiedCount()
        > 0;
  }

  /**
   * Adds the next contact version to the update and pushes, in this order, the contact event (when
   * what the others know changes, or they were never told) and the other events given.
   */
  Update record(Update update, MemberDocument before, MemberContact after, OutboxEntry... others) {
    long version = before.contactVersion == null ? 1 : before.contactVersion + 1;
    update.set("contactVersion", version);
    List<OutboxEntry> entries = new ArrayList<>();
    if (before.contactVersion == null
        || !MemberContact.of(before).published().equals(after.published())) {
      entries.add(entry(before.id, after, version));
    }
    entries.addAll(List.of(others));
    if (!entries.isEmpty()) {
      update.push("outbox").each(entries.toArray());
    }
    return update;
  }

  /** A new member is told with version 1, in the document that is inserted. */
  void announceNew(MemberDocument member) {
    member.contactVersion = 1L;
    member.outbox.add(entry(member.id, MemberContact.of(member), 1));
  }

  private OutboxEntry entry(String alumnusId, MemberContact contact, long version) {
    MemberContact.Published p = contact.published();
    return outbox.entryFor(
        new AlumniContactChanged(
            alumnusId, p.participants(), p.email(), p.language(), version, clock.instant()));
  }

  /**
   * Applies a write to the member as read, reading them again when their contact changed meanwhile.
   *
   * @param read the member now; null when there is nothing (left) to change
   * @param write applies the change to the member as read; false when it changed meanwhile
   * @return whether the change was applied
   */
  static boolean retrying(Supplier<MemberDocument> read, Predicate<MemberDocument> write) {
    return retrying(read.get(), read, write);
  }

  /** As {@link #retrying(Supplier, Predicate)}, first with the member as the caller read them. */
  static boolean retrying(
      MemberDocument asRead, Supplier<MemberDocument> read, Predicate<MemberDocument> write) {
    MemberDocument member = asRead;
    for (int attempt = 1; member != null; attempt++) {
      if (write.test(member)) {
        return true;
      }
      if (attempt == ATTEMPTS) {
        throw new OptimisticLockingFailureException("member changed concurrently, try again");
      }
      member = read.get();
    }
    return false;
  }
}
