package nexus.alumni.membership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nexus.alumni.membership.domain.ClaimToken;
import nexus.alumni.membership.domain.ConsentRecord;
import nexus.events.AlumniInvited;
import nexus.messaging.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Single-use, expiring claim links: minted when the invitation is sent (only the hash is kept),
 * used once to bind the profile to a login, refused when expired or used.
 */
@Component
public class Claims {

  private final MongoTemplate mongo;
  private final Outbox outbox;
  private final Clock clock;
  private final Duration validity;
  private final ContactEvents contacts;

  Claims(
      MongoTemplate mongo,
      Outbox outbox,
      Clock clock,
      @Value("${nexus.alumni.claim.link-validity:14d}") Duration validity,
      ContactEvents contacts) {
    this.mongo = mongo;
    this.outbox = outbox;
    this.clock = clock;
    this.validity = validity;
    this.contacts = contacts;
  }

  /**
   * A new link for an unclaimed member with an address (a new link replaces the previous one).
   *
   * @return the e-mail to send, empty when the member is claimed, erased or has no address or one
   *     that bounces
   */
  public Optional<ClaimMail> issueLink(String alumnusId) {
    ClaimToken token = ClaimToken.issue(clock.instant(), validity);
    MemberDocument m =
        mongo.findAndModify(
            Query.query(
                Criteria.where("_id")
                    .is(alumnusId)
                    .and("erased")
                    .is(false)
                    .and("claimedAt")
                    .isNull()
                    .and("email")
                    .ne(null)
                    .and("emailBouncedAt")
                    .isNull()),
            new Update()
                .set("claimTokenHash", token.hash())
                .set("claimExpiresAt", token.expiresAt()),
            FindAndModifyOptions.options().returnNew(true),
            MemberDocument.class);
    return Optional.ofNullable(m)
        .map(d -> new ClaimMail(d.email, d.language, d.name, token.token(), token.expiresAt()));
  }

  /**
   * Staff send the invitation again (the previous link stops working when the new one is minted).
   *
   * @return false when the member is claimed, erased or has no address or one that bounces
   */
  public boolean reinvite(String alumnusId) {
    MemberDocument m =
        mongo.findOne(
            Query.query(
                Criteria.where("_id")
                    .is(alumnusId)
                    .and("erased")
                    .is(false)
                    .and("claimedAt")
                    .isNull()
                    .and("email")
                    .ne(null)
                    .and("emailBouncedAt")
                    .isNull()),
            MemberDocument.class);
    if (m == null) {
      return false;
    }
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(alumnusId)),
        new Update()
            .push(
                "outbox",
                outbox.entryFor(new AlumniInvited(alumnusId, m.language, clock.instant()))),
        MemberDocument.class);
    return true;
  }

  /** The member a link would claim, if it is still usable. */
  public Optional<MemberDocument> usable(String token) {
    return Optional.ofNullable(mongo.findOne(usableQuery(token), MemberDocument.class));
  }

  /**
   * Binds the member to the signed-in login: the link is used up in the same write, and the other
   * services learn whether they may mail the member.
   *
   * @return the member, empty when the link is unknown, expired or used
   */
  public Optional<MemberDocument> claimAs(
      String token, String subject, String loginEmail, Consents consents) {
    MemberDocument[] claimed = {null};
    ContactEvents.retrying(
        () -> mongo.findOne(usableQuery(token), MemberDocument.class),
        member -> {
          Update update = used(consents).set("subject", subject).set("loginEmail", loginEmail);
          contacts.record(
              update, member, MemberContact.of(member).withMailConsent(consents.mail()));
          claimed[0] =
              mongo.findAndModify(
                  usableQuery(token).addCriteria(ContactEvents.unchanged(member)),
                  update,
                  FindAndModifyOptions.options().returnNew(true),
                  MemberDocument.class);
          return claimed[0] != null;
        });
    return Optional.ofNullable(claimed[0]);
  }

  private Update used(Consents consents) {
    Instant now = clock.instant();
    Update update =
        new Update()
            .unset("claimTokenHash")
            .unset("claimExpiresAt")
            .set("claimedAt", now)
            .set("listed", consents.listed())
            .set("mailConsent", consents.mail());
    update
        .push("consents")
        .each(
            new ConsentRecord(
                ConsentRecord.LISTING,
                consents.listed(),
                ConsentRecord.purposeOf(ConsentRecord.LISTING),
                now),
            new ConsentRecord(
                ConsentRecord.MAIL,
                consents.mail(),
                ConsentRecord.purposeOf(ConsentRecord.MAIL),
                now));
    return update;
  }

  private Query usableQuery(String token) {
    return Query.query(
        Criteria.where("claimTokenHash")
            .is(ClaimToken.hash(token == null ? "" : token))
            .and("claimExpiresAt")
            .gt(clock.instant())
            .and("claimedAt")
            .isNull()
            .and("erased")
            .is(false));
  }

  /**
   * The consents given on the claim page.
   *
   * @param listed to be listed in the directory
   * @param mail to receive announcements by e-mail
   */
  public record Consents(boolean listed, boolean mail) {}

  /**
   * An invitation e-mail with its claim link; the token is in memory only.
   *
   * @param to address
   * @param language ja or en
   * @param name the member's name
   * @param token the link's secret
   * @param expiresAt when the link stops working
   */
  public record ClaimMail(
      String to, String language, String name, String token, Instant expiresAt) {
    @Override
    public String toString() {
      return "ClaimMail[to=" + to + ", expiresAt=" + expiresAt + "]";
    }
  }
}
