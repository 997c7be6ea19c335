package nexus.alumni.membership;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import nexus.alumni.membership.domain.ConsentRecord;
import nexus.alumni.membership.domain.ProfileField;
import nexus.alumni.membership.domain.Visibility;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A member edits their own profile; a change of consent is recorded with time and purpose, and a
 * new contact address ends a bounce.
 */
@Component
public class Profiles {

  private final MongoTemplate mongo;
  private final Clock clock;

  Profiles(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  /** Saves the edit on the member's profile. */
  public void save(MemberDocument member, ProfileEdit edit) {
    Instant now = clock.instant();
    EnumMap<ProfileField, Visibility> visibility = new EnumMap<>(Profile.choices(member));
    if (edit.visibility() != null) {
      visibility.putAll(edit.visibility());
    }
    List<String> fields =
        edit.fields() == null
            ? List.of()
            : edit.fields().stream()
                .map(String::strip)
                .filter(f -> !f.isEmpty())
                .distinct()
                .toList();
    Update update =
        new Update()
            .set("name", edit.name().strip())
            .set("country", edit.country())
            .set("institution", blankToNull(edit.institution()))
            .set("position", blankToNull(edit.position()))
            .set("fields", new ArrayList<>(fields))
            .set("contactableByMembers", edit.contactableByMembers())
            .set("visibility", visibility)
            .set("listed", edit.listed())
            .set("mailConsent", edit.mailConsent());
    if (edit.language() != null) {
      update.set("language", edit.language());
    }
    if (edit.changesEmail() && !edit.email().strip().equalsIgnoreCase(member.email)) {
      // a new address: mail may go there again (enrolment's emailKey keeps the old identity)
      update.set("email", edit.email().strip()).unset("emailBouncedAt").unset("emailBounce");
    }
    List<ConsentRecord> changed = new ArrayList<>();
    if (edit.listed() != member.listed) {
      changed.add(consent(ConsentRecord.LISTING, edit.listed(), now));
    }
    if (edit.mailConsent() != member.mailConsent) {
      changed.add(consent(ConsentRecord.MAIL, edit.mailConsent(), now));
    }
    if (!changed.isEmpty()) {
      update.push("consents").each(changed.toArray());
    }
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(member.id).and("erased").is(false)),
        update,
        MemberDocument.class);
  }

  private static ConsentRecord consent(String kind, boolean granted, Instant at) {
    return new ConsentRecord(kind, granted, ConsentRecord.purposeOf(kind), at);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
