package nexus.alumni.membership;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import nexus.alumni.membership.Erasure.MemberErased;
import org.springframework.context.event.EventListener;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Who read whose personal data, when and through which channel (collection {@code access_log}): one
 * entry per member shown, whether their profile was opened or they appeared in a list (a search
 * result, the staff member list, a suggestion). Entries about an erased member are dropped with
 * them.
 */
@Component
public class AccessLog {

  private final MongoTemplate mongo;
  private final Clock clock;

  AccessLog(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  /**
   * Records one read.
   *
   * @param reader the reader's subject
   * @param memberId whose profile
   * @param channel e.g. {@code directory-page}, {@code directory-api}, {@code staff-api}
   */
  public void read(String reader, String memberId, String channel) {
    Entry entry = new Entry();
    entry.reader = reader;
    entry.memberId = memberId;
    entry.channel = channel;
    entry.at = clock.instant();
    mongo.insert(entry);
  }

  /**
   * Records that a list showed these members to the reader (one entry each, written together).
   *
   * @param reader the reader's subject ({@code anonymous} without a login)
   * @param memberIds the members shown
   * @param channel e.g. {@code directory-search-page}, {@code staff-list-api}
   */
  public void listed(String reader, Collection<String> memberIds, String channel) {
    if (memberIds.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    List<Entry> entries =
        memberIds.stream()
            .distinct()
            .map(
                id -> {
                  Entry entry = new Entry();
                  entry.reader = reader;
                  entry.memberId = id;
                  entry.channel = channel;
                  entry.at = now;
                  return entry;
                })
            .toList();
    mongo.insertAll(entries);
  }

  /**
   * One read of a member's personal data.
   *
   * @param reader who read
   * @param channel where
   * @param at when
   */
  public record Read(String reader, String channel, Instant at) {}

  /** The latest reads of a member's data, newest first. */
  public List<Read> readsOf(String memberId, int limit) {
    return mongo
        .find(
            Query.query(Criteria.where("memberId").is(memberId))
                .with(Sort.by("at").descending())
                .limit(limit),
            Entry.class)
        .stream()
        .map(e -> new Read(e.reader, e.channel, e.at))
        .toList();
  }

  @EventListener
  void forget(MemberErased erased) {
    mongo.remove(Query.query(Criteria.where("memberId").is(erased.alumnusId())), Entry.class);
  }

  @Document("access_log")
  static class Entry {
    @Id String id;
    String reader;
    String memberId;
    String channel;
    Instant at;
  }
}
