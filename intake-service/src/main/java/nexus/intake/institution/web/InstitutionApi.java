package nexus.intake.institution.web;

import jakarta.validation.Valid;
import java.util.List;
import nexus.intake.institution.InstitutionRequests.InstitutionView;
import nexus.intake.institution.InstitutionRequests.InvitationOffer;
import nexus.intake.institution.InstitutionRequests.InvitationView;
import nexus.intake.institution.InstitutionRequests.Invite;
import nexus.intake.institution.InstitutionRequests.LinkToken;
import nexus.intake.institution.InstitutionRequests.MemberView;
import nexus.intake.institution.InstitutionRequests.Registration;
import nexus.intake.institution.Memberships;
import nexus.intake.institution.Registrations;
import nexus.web.Audited;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The institution API. Any signed-in user may register an institution (if they belong to none), use
 * a verification link or accept an invitation; members and invitations are for the institution's
 * staff.
 */
@RestController
class InstitutionApi {

  private final Registrations registrations;
  private final Memberships memberships;

  InstitutionApi(Registrations registrations, Memberships memberships) {
    this.registrations = registrations;
    this.memberships = memberships;
  }

  @PostMapping("/api/institutions")
  ResponseEntity<InstitutionView> register(
      Authentication auth, @Valid @RequestBody Registration request) {
    InstitutionView registered = registrations.register(CurrentUser.of(auth), request);
    return ResponseEntity.status(HttpStatus.CREATED).body(registered);
  }

  @GetMapping("/api/institutions/mine")
  InstitutionView mine(Authentication auth) {
    return registrations
        .mine(CurrentUser.of(auth))
        .orElseThrow(() -> new NotFoundException("institution"));
  }

  @PostMapping("/api/institutions/mine/verification")
  @ResponseStatus(HttpStatus.ACCEPTED)
  void requestVerification(Authentication auth) {
    registrations.requestVerification(CurrentUser.of(auth));
  }

  @PostMapping("/api/institutions/verification")
  InstitutionView verify(Authentication auth, @Valid @RequestBody LinkToken link) {
    return registrations.verify(CurrentUser.of(auth), link.token());
  }

  @Audited("members.read")
  @GetMapping("/api/institutions/mine/members")
  Page<MemberView> members(
      Authentication auth,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return memberships.members(CurrentUser.of(auth), page, size);
  }

  @DeleteMapping("/api/institutions/mine/members/{memberId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void remove(Authentication auth, @PathVariable String memberId) {
    memberships.remove(CurrentUser.of(auth), memberId);
  }

  @Audited("invitations.read")
  @GetMapping("/api/institutions/mine/invitations")
  List<InvitationView> invitations(Authentication auth) {
    return memberships.invitations(CurrentUser.of(auth));
  }

  @PostMapping("/api/institutions/mine/invitations")
  ResponseEntity<InvitationView> invite(Authentication auth, @Valid @RequestBody Invite invite) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(memberships.invite(CurrentUser.of(auth), invite));
  }

  @PostMapping("/api/institutions/mine/invitations/{invitationId}/resend")
  @ResponseStatus(HttpStatus.ACCEPTED)
  void resend(Authentication auth, @PathVariable String invitationId) {
    memberships.resend(CurrentUser.of(auth), invitationId);
  }

  @DeleteMapping("/api/institutions/mine/invitations/{invitationId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void revoke(Authentication auth, @PathVariable String invitationId) {
    memberships.revoke(CurrentUser.of(auth), invitationId);
  }

  /** What an invitation link offers (the token in the body keeps it out of access logs). */
  @PostMapping("/api/invitations/offer")
  InvitationOffer offer(@Valid @RequestBody LinkToken link) {
    return memberships.offer(link.token());
  }

  @PostMapping("/api/invitations/accept")
  InstitutionView accept(Authentication auth, @Valid @RequestBody LinkToken link) {
    return memberships.accept(CurrentUser.of(auth), link.token());
  }
}
