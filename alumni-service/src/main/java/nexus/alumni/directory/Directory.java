package nexus.alumni.directory;

import static nexus.alumni.directory.DirectoryQuery.given;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nexus.alumni.membership.MemberDocument;
import nexus.alumni.membership.Profile;
import nexus.alumni.membership.domain.Audience;
import nexus.alumni.membership.domain.ProfileField;
import nexus.alumni.membership.domain.Visibility;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/**
 * Searches members as one audience may: staff see every member; alumni and the public see only
 * members who claimed their profile and consented to be listed (the public only those of them who
 * made at least one field public), and a filter only matches on a field the member made visible to
 * that audience (a staff-only institution is not found by searching for it, so the search cannot
 * reveal it either).
 */
@Component
public class Directory {

  private final MongoTemplate mongo;

  Directory(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** A page of profiles matching the query, as the audience sees them. */
  public Page<Profile> search(DirectoryQuery q, Audience audience, Pageable pageable) {
    Criteria criteria = criteria(q, audience);
    Query query = Query.query(criteria).with(pageable);
    return PageableExecutionUtils.getPage(
            mongo.find(query, MemberDocument.class),
            pageable,
            () -> mongo.count(Query.query(criteria(q, audience)), MemberDocument.class))
        .map(d -> Profile.seenBy(d, audience));
  }

  /** Every matching member, for staff exports, sorted by name. */
  public List<Profile> all(DirectoryQuery q) {
    return mongo
        .find(Query.query(criteria(q, Audience.STAFF)).with(Sort.by("name")), MemberDocument.class)
        .stream()
        .map(d -> Profile.seenBy(d, Audience.STAFF))
        .toList();
  }

  /** One member's profile as the audience sees it, if the audience may see it at all. */
  public Optional<Profile> profile(String id, Audience audience) {
    Criteria criteria = listedFor(audience).and("_id").is(id);
    return Optional.ofNullable(mongo.findOne(Query.query(criteria), MemberDocument.class))
        .map(d -> Profile.seenBy(d, audience));
  }

  private static Criteria criteria(DirectoryQuery q, Audience audience) {
    List<Criteria> all = new ArrayList<>();
    if (given(q.country())) {
      all.add(visible(ProfileField.COUNTRY, audience));
      all.add(Criteria.where("country").is(q.country().strip().toUpperCase(Locale.ROOT)));
    }
    if (given(q.field())) {
      all.add(visible(ProfileField.FIELDS, audience));
      all.add(Criteria.where("fields").regex(contains(q.field())));
    }
    if (given(q.institution())) {
      all.add(visible(ProfileField.INSTITUTION, audience));
      all.add(Criteria.where("institution").regex(contains(q.institution())));
    }
    if (q.callYear() != null) {
      all.add(visible(ProfileField.EXCHANGES, audience));
      all.add(Criteria.where("exchanges.callYear").is(q.callYear()));
    }
    if (given(q.course())) {
      all.add(visible(ProfileField.EXCHANGES, audience));
      all.add(Criteria.where("exchanges.course").is(q.course().strip()));
    }
    Criteria base = listedFor(audience);
    return all.isEmpty() ? base : base.andOperator(all.toArray(Criteria[]::new));
  }

  private static Criteria listedFor(Audience audience) {
    Criteria c = Criteria.where("erased").is(false);
    if (audience != Audience.STAFF) {
      c = c.and("listed").is(true).and("claimedAt").ne(null);
    }
    if (audience == Audience.PUBLIC) {
      // the public meets only members who made something public (a default is never public)
      c =
          c.orOperator(
              Arrays.stream(ProfileField.values())
                  .map(f -> Criteria.where("visibility." + f.name()).is(Visibility.PUBLIC.name()))
                  .toArray(Criteria[]::new));
    }
    return c;
  }

  private static Criteria visible(ProfileField field, Audience audience) {
    List<String> allowed = new ArrayList<>();
    for (Visibility v : Visibility.values()) {
      if (v.shownTo(audience)) {
        allowed.add(v.name());
      }
    }
    return Criteria.where("visibility." + field.name()).in(allowed);
  }

  private static Pattern contains(String text) {
    return Pattern.compile(Pattern.quote(text.strip()), Pattern.CASE_INSENSITIVE);
  }
}
