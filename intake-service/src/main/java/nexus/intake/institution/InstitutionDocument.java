package nexus.intake.institution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nexus.intake.institution.domain.MemberRole;
import nexus.messaging.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A host institution with its members and open invitations, and the events not yet relayed: every
 * change (and the e-mail it causes) is one document write. Other features read {@code _id} and
 * {@code type} (the {@code InstitutionType} constant name) for statistics: keep both as they are.
 */
@Document("institutions")
class InstitutionDocument {
  @Id String id;
  @Version Long version;
  String nameJa;
  String nameEn;
  String type;
  String corporateNumber;
  String contactEmail;

  /** Language of the registrant, for the verification e-mail. */
  String language;

  String status;
  String registeredBy;
  Instant registeredAt;
  Instant verifiedAt;

  /**
   * Whether the members of this active institution were announced ({@code member.joined}); false
   * for institutions verified before the event existed, until {@code MembershipAnnouncements} runs.
   */
  boolean membersAnnounced;

  /** The contact e-mail's pending verification link (only its hash), null when none. */
  Link verification;

  List<Member> members = new ArrayList<>();
  List<Invitation> invitations = new ArrayList<>();
  List<OutboxEntry> outbox = new ArrayList<>();

  /** A single-use link, known by the hash of its token. */
  static class Link {
    String tokenHash;
    Instant expiresAt;
    Instant sentAt;
  }

  /** A member: the user (token subject) and their verified e-mail, nothing more. */
  static class Member {
    String id;
    String subject;
    String name;
    String email;
    String role;
    Instant joinedAt;
  }

  /** An invitation not yet accepted; removed when accepted or revoked. */
  static class Invitation {
    String id;
    String email;
    String role;
    String language;
    String invitedBy;
    Instant invitedAt;

    /** Null until the e-mail with the link is sent. */
    Link link;
  }

  Optional<Member> member(String subject) {
    return members.stream().filter(m -> m.subject.equals(subject)).findFirst();
  }

  Optional<Invitation> invitation(String invitationId) {
    return invitations.stream().filter(i -> i.id.equals(invitationId)).findFirst();
  }

  long staffCount() {
    return members.stream().filter(m -> MemberRole.STAFF.name().equals(m.role)).count();
  }
}
