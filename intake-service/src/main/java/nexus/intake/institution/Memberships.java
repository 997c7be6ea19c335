package nexus.intake.institution;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nexus.events.MemberInvited;
import nexus.intake.institution.InstitutionRequests.InstitutionView;
import nexus.intake.institution.InstitutionRequests.InvitationOffer;
import nexus.intake.institution.InstitutionRequests.InvitationView;
import nexus.intake.institution.InstitutionRequests.Invite;
import nexus.intake.institution.InstitutionRequests.MemberView;
import nexus.intake.institution.domain.Ids;
import nexus.intake.institution.domain.InstitutionStatus;
import nexus.intake.institution.domain.MemberRole;
import nexus.intake.institution.domain.OneTimeToken;
import nexus.messaging.Outbox;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import nexus.web.Paging;
import nexus.web.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * An institution's members: staff invite PIs and staff by e-mail, resend or revoke an invitation,
 * remove a member (never the last staff member); the invitee accepts by signing in with the link.
 * Every read and change of member data is logged with who did it ({@code nexus.access}).
 */
@Service
public class Memberships {

  private static final Logger audit = LoggerFactory.getLogger("nexus.access");

  private final InstitutionRepository institutions;
  private final InstitutionAccess access;
  private final Outbox outbox;
  private final Clock clock;
  private final Duration linkValidity;

  Memberships(
      InstitutionRepository institutions,
      InstitutionAccess access,
      Outbox outbox,
      Clock clock,
      @Value("${nexus.intake.accounts.link-validity:72h}") Duration linkValidity) {
    this.institutions = institutions;
    this.access = access;
    this.outbox = outbox;
    this.clock = clock;
    this.linkValidity = linkValidity;
  }

  /** One page of the members, in the order they joined (institution staff only). */
  public Page<MemberView> members(CurrentUser user, int page, int size) {
    InstitutionDocument institution = access.ofStaff(user);
    PageRequest request = Paging.of(page, size, Sort.by("joinedAt"));
    List<MemberView> all =
        institution.members.stream()
            .sorted(Comparator.comparing((InstitutionDocument.Member m) -> m.joinedAt))
            .map(Memberships::view)
            .toList();
    int from = (int) Math.min(request.getOffset(), all.size());
    int to = Math.min(from + request.getPageSize(), all.size());
    audit.info("members read: institution={} page={} by={}", institution.id, page, user.subject());
    return new PageImpl<>(all.subList(from, to), request, all.size());
  }

  /** The open invitations (institution staff only). */
  public List<InvitationView> invitations(CurrentUser user) {
    InstitutionDocument institution = access.ofStaff(user);
    audit.info("invitations read: institution={} by={}", institution.id, user.subject());
    return institution.invitations.stream().map(Memberships::view).toList();
  }

  /** Invites someone; the e-mail goes out through the outbox with the invitation. */
  public InvitationView invite(CurrentUser user, Invite request) {
    InstitutionDocument institution = access.ofStaff(user);
    if (!InstitutionStatus.ACTIVE.name().equals(institution.status)) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "institution.not-verified");
    }
    String email = request.email().trim();
    if (institution.members.stream().anyMatch(m -> sameAddress(m.email, email))) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "member.already-member-email");
    }
    if (institution.invitations.stream().anyMatch(i -> sameAddress(i.email, email))) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "member.already-invited");
    }
    Instant now = clock.instant();
    InstitutionDocument.Invitation invitation = new InstitutionDocument.Invitation();
    invitation.id = Ids.next("INV");
    invitation.email = email;
    invitation.role = request.role().name();
    invitation.language = Registrations.language();
    invitation.invitedBy = user.subject();
    invitation.invitedAt = now;
    institution.invitations.add(invitation);
    institution.outbox.add(
        outbox.entryFor(new MemberInvited(institution.id, invitation.id, invitation.role, now)));
    access.save(institution);
    audit.info(
        "member invited: institution={} invitation={} role={} by={}",
        institution.id,
        invitation.id,
        invitation.role,
        user.subject());
    return view(invitation);
  }

  /** Sends the invitation again, with a new link (the earlier one stops working). */
  public void resend(CurrentUser user, String invitationId) {
    InstitutionDocument institution = access.ofStaff(user);
    InstitutionDocument.Invitation invitation = invitation(institution, invitationId);
    institution.outbox.add(
        outbox.entryFor(
            new MemberInvited(institution.id, invitation.id, invitation.role, clock.instant())));
    access.save(institution);
    audit.info(
        "invitation resent: institution={} invitation={} by={}",
        institution.id,
        invitationId,
        user.subject());
  }

  /** Withdraws an invitation; its link stops working. */
  public void revoke(CurrentUser user, String invitationId) {
    InstitutionDocument institution = access.ofStaff(user);
    institution.invitations.remove(invitation(institution, invitationId));
    access.save(institution);
    audit.info(
        "invitation revoked: institution={} invitation={} by={}",
        institution.id,
        invitationId,
        user.subject());
  }

  /** Removes a member; the last staff member stays, so someone can always manage the members. */
  public void remove(CurrentUser user, String memberId) {
    InstitutionDocument institution = access.ofStaff(user);
    InstitutionDocument.Member member = member(institution, memberId);
    if (MemberRole.STAFF.name().equals(member.role) && institution.staffCount() <= 1) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "member.last-staff");
    }
    institution.members.remove(member);
    MembershipEvents.left(institution, member, outbox, clock.instant());
    access.save(institution);
    audit.info(
        "member removed: institution={} member={} by={}", institution.id, memberId, user.subject());
  }

  /** A member of the caller's institution (staff only), for the removal confirmation. */
  public MemberView member(CurrentUser user, String memberId) {
    InstitutionDocument institution = access.ofStaff(user);
    audit.info(
        "member read: institution={} member={} by={}", institution.id, memberId, user.subject());
    return view(member(institution, memberId));
  }

  /**
   * Mints the invitation's link to e-mail now and keeps only its hash. Empty when the invitation
   * was accepted or revoked in the meantime.
   */
  public Optional<LinkMail> issueInvitationLink(String institutionId, String invitationId) {
    Optional<InstitutionDocument> found = institutions.findById(institutionId);
    Optional<InstitutionDocument.Invitation> invitation =
        found.flatMap(institution -> institution.invitation(invitationId));
    if (invitation.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    OneTimeToken token = OneTimeToken.issue(now, linkValidity);
    InstitutionDocument.Link link = new InstitutionDocument.Link();
    link.tokenHash = token.hash();
    link.expiresAt = token.expiresAt();
    link.sentAt = now;
    invitation.get().link = link;
    InstitutionDocument institution = found.get();
    institutions.save(institution);
    return Optional.of(
        new LinkMail(
            invitation.get().email,
            invitation.get().language,
            institution.nameJa,
            institution.nameEn,
            invitation.get().role,
            token.token(),
            token.expiresAt()));
  }

  /** What a link offers, before the signed-in user accepts it. */
  public InvitationOffer offer(String token) {
    InstitutionDocument institution = byLink(token);
    InstitutionDocument.Invitation invitation = usable(institution, token);
    return new InvitationOffer(
        institution.id,
        institution.nameJa,
        institution.nameEn,
        MemberRole.valueOf(invitation.role));
  }

  /**
   * Accepts an invitation: the signed-in user becomes a member, with the invited (and so verified)
   * address. The link works once.
   */
  public InstitutionView accept(CurrentUser user, String token) {
    InstitutionDocument institution = byLink(token);
    InstitutionDocument.Invitation invitation = usable(institution, token);
    access.requireNoMembership(user);
    InstitutionDocument.Member member = new InstitutionDocument.Member();
    member.id = Ids.next("M");
    member.subject = user.subject();
    member.name = user.name();
    member.email = invitation.email;
    member.role = invitation.role;
    member.joinedAt = clock.instant();
    institution.invitations.remove(invitation);
    institution.members.add(member);
    MembershipEvents.joined(institution, member, outbox, member.joinedAt);
    access.save(institution);
    audit.info(
        "invitation accepted: institution={} invitation={} member={} by={}",
        institution.id,
        invitation.id,
        member.id,
        user.subject());
    return Registrations.view(institution, user.subject());
  }

  private InstitutionDocument byLink(String token) {
    return institutions
        .findFirstByInvitationsLinkTokenHash(OneTimeToken.hash(token))
        .orElseThrow(() -> new RuleViolationException(HttpStatus.GONE, "link.invalid"));
  }

  private InstitutionDocument.Invitation usable(InstitutionDocument institution, String token) {
    String hash = OneTimeToken.hash(token);
    InstitutionDocument.Invitation invitation =
        institution.invitations.stream()
            .filter(i -> i.link != null && hash.equals(i.link.tokenHash))
            .findFirst()
            .orElseThrow(() -> new RuleViolationException(HttpStatus.GONE, "link.invalid"));
    if (!clock.instant().isBefore(invitation.link.expiresAt)) {
      throw new RuleViolationException(HttpStatus.GONE, "link.expired");
    }
    return invitation;
  }

  private static InstitutionDocument.Invitation invitation(
      InstitutionDocument institution, String invitationId) {
    return institution
        .invitation(invitationId)
        .orElseThrow(() -> new NotFoundException("invitation " + invitationId));
  }

  private static InstitutionDocument.Member member(
      InstitutionDocument institution, String memberId) {
    return institution.members.stream()
        .filter(m -> m.id.equals(memberId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("member " + memberId));
  }

  private static boolean sameAddress(String a, String b) {
    return a != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }

  private static MemberView view(InstitutionDocument.Member m) {
    return new MemberView(m.id, m.name, m.email, MemberRole.valueOf(m.role), m.joinedAt);
  }

  private static InvitationView view(InstitutionDocument.Invitation i) {
    return new InvitationView(
        i.id,
        i.email,
        MemberRole.valueOf(i.role),
        i.invitedAt,
        i.link == null ? null : i.link.sentAt,
        i.link == null ? null : i.link.expiresAt);
  }
}
