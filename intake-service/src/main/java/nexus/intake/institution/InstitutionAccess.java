package nexus.intake.institution;

import nexus.intake.institution.domain.MemberRole;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import nexus.web.RuleViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Finds the caller's institution and checks what they may do in it. */
@Component
class InstitutionAccess {

  private final InstitutionRepository institutions;

  InstitutionAccess(InstitutionRepository institutions) {
    this.institutions = institutions;
  }

  /** The institution the user is a member of; "not found" when none. */
  InstitutionDocument ofMember(CurrentUser user) {
    return institutions
        .findFirstByMembersSubject(user.subject())
        .orElseThrow(() -> new NotFoundException("institution of " + user.subject()));
  }

  /** The institution the user is a staff member of; 403 for its PIs. */
  InstitutionDocument ofStaff(CurrentUser user) {
    InstitutionDocument institution = ofMember(user);
    if (!MemberRole.STAFF.name().equals(institution.member(user.subject()).orElseThrow().role)) {
      throw new RuleViolationException(HttpStatus.FORBIDDEN, "member.staff-only");
    }
    return institution;
  }

  void requireNoMembership(CurrentUser user) {
    if (institutions.findFirstByMembersSubject(user.subject()).isPresent()) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "member.already-member");
    }
  }

  /** Saves a change; a concurrent change of the same institution is a conflict to retry. */
  InstitutionDocument save(InstitutionDocument institution) {
    try {
      return institutions.save(institution);
    } catch (OptimisticLockingFailureException e) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "institution.changed-concurrently");
    }
  }
}
