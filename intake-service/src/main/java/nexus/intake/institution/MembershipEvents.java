package nexus.intake.institution;

import java.time.Instant;
import nexus.events.MemberJoined;
import nexus.events.MemberLeft;
import nexus.intake.institution.domain.InstitutionStatus;
import nexus.messaging.Outbox;

/**
 * What the other services learn of memberships: a member acts for an active institution ({@code
 * member.joined}, on verification for the members so far, on acceptance for an invitee) and stops
 * ({@code member.left}). Each goes into the institution's outbox with the change that caused it.
 */
final class MembershipEvents {

  private MembershipEvents() {}

  /**
   * Every current member of a now active institution, announced once, each as of when their
   * membership took effect: the verification, or their acceptance if that came later.
   */
  static void announceMembers(InstitutionDocument institution, Outbox outbox) {
    for (InstitutionDocument.Member member : institution.members) {
      joined(institution, member, outbox, later(institution.verifiedAt, member.joinedAt));
    }
    institution.membersAnnounced = true;
  }

  /** A member who joined an active institution; nothing while the institution is pending. */
  static void joined(
      InstitutionDocument institution,
      InstitutionDocument.Member member,
      Outbox outbox,
      Instant at) {
    if (!InstitutionStatus.ACTIVE.name().equals(institution.status)) {
      return;
    }
    institution.outbox.add(
        outbox.entryFor(
            new MemberJoined(
                institution.id,
                member.id,
                MemberJoined.subjectKey(member.subject),
                member.role,
                institution.nameJa,
                institution.type,
                at)));
  }

  /** A member removed by staff; nothing when their joining was never announced (pending). */
  static void left(
      InstitutionDocument institution,
      InstitutionDocument.Member member,
      Outbox outbox,
      Instant at) {
    if (!institution.membersAnnounced) {
      return;
    }
    institution.outbox.add(
        outbox.entryFor(
            new MemberLeft(
                institution.id, member.id, MemberJoined.subjectKey(member.subject), at)));
  }

  private static Instant later(Instant a, Instant b) {
    if (a == null || (b != null && b.isAfter(a))) {
      return b;
    }
    return a;
  }
}
