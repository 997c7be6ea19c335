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
 * A member edits their own profile; a change of consent is recorded with time and purpose, a new
 * contact address ends a bounce, and the other services are told when how to reach the member
 * changed ({@link ContactEvents}).
 */
@Component
public class Profiles {

  private final MongoTemplate mongo;
  private final Clock clock;
  private final ContactEvents contacts;

  Profiles(MongoTemplate mongo, Clock clock, ContactEvents contacts) {
    this.mongo = mongo;
    this.clock = clock;
    this.contacts = contacts;
  }

  /** Saves the edit on the member's profile; nothing happens once the member left. */
  public void save(MemberDocument member, ProfileEdit edit) {
    ContactEvents.retrying(
        member,
        () ->
            mongo.findOne(
                Query.query(Criteria.where("_id").is(member.id).and("erased").is(false)),
                MemberDocument.class),
        m -> write(m, edit));
  }

  /**
   * Whether the member consents to mail for a purpose given before it named the follow-up surveys:
   * saving with the consent ticked gives it for the purpose stated now.
   */
  public boolean mailConsentToRenew(MemberDocument member) {
    return member.mailConsent && !MemberContact.of(member).consentCoversSurveys();
  }

  private boolean write(MemberDocument member, ProfileEdit edit) {
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
    MemberContact after = MemberContact.of(member);
    if (edit.language() != null) {
      update.set("language", edit.language());
      after = after.withLanguage(edit.language());
    }
    if (edit.changesEmail() && !edit.email().strip().equalsIgnoreCase(member.email)) {
      // a new address: mail may go there again (enrolment's emailKey keeps the old identity)
      update.set("email", edit.email().strip()).unset("emailBouncedAt").unset("emailBounce");
      after = after.withEmail(edit.email().strip());
    }
    List<ConsentRecord> changed = new ArrayList<>();
    if (edit.listed() != member.listed) {
      changed.add(consent(ConsentRecord.LISTING, edit.listed(), now));
    }
    // a consent kept while its purpose now names more (the surveys) is given again for it: the
    // member saved the form that states the purpose
    if (edit.mailConsent() != member.mailConsent || mailConsentToRenew(member)) {
      changed.add(consent(ConsentRecord.MAIL, edit.mailConsent(), now));
      after = after.withMailConsent(edit.mailConsent());
    }
    if (!changed.isEmpty()) {
      update.push("consents").each(changed.toArray());
    }
    contacts.record(update, member, after);
    return ContactEvents.applyToCurrentMember(mongo, member, update);
  }

  private static ConsentRecord consent(String kind, boolean granted, Instant at) {
    return new ConsentRecord(kind, granted, ConsentRecord.purposeOf(kind), at);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
