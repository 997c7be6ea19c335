package nexus.intake.institution.web;

import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import nexus.intake.institution.InstitutionRequests.Invite;
import nexus.intake.institution.Memberships;
import nexus.intake.institution.domain.MemberRole;
import nexus.web.Audited;
import nexus.web.CurrentUser;
import nexus.web.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The institution's staff manage members: the list (paged), open invitations, inviting, resending,
 * and revoking or removing after a confirmation page.
 */
@Controller
class MemberPages {

  private final Memberships memberships;
  private final Validator validator;
  private final MessageSource messages;

  MemberPages(Memberships memberships, Validator validator, MessageSource messages) {
    this.memberships = memberships;
    this.validator = validator;
    this.messages = messages;
  }

  @Audited("members.read")
  @GetMapping("/institution/members")
  String members(Authentication auth, @RequestParam(defaultValue = "0") int page, Model model) {
    return page(CurrentUser.of(auth), page, model, new Invite("", MemberRole.PI), Map.of());
  }

  @PostMapping("/institution/invitations")
  String invite(Authentication auth, @ModelAttribute("invite") Invite invite, Model model) {
    CurrentUser user = CurrentUser.of(auth);
    Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(validator, invite));
    if (errors.isEmpty()) {
      try {
        memberships.invite(user, invite);
        return "redirect:/institution/members?invited";
      } catch (RuleViolationException e) {
        errors.put("email", FormErrors.message(messages, e));
      }
    }
    return page(user, 0, model, invite, errors);
  }

  @PostMapping("/institution/invitations/{id}/resend")
  String resend(Authentication auth, @PathVariable String id) {
    memberships.resend(CurrentUser.of(auth), id);
    return "redirect:/institution/members?resent";
  }

  @GetMapping("/institution/invitations/{id}/revoke")
  String confirmRevoke(Authentication auth, @PathVariable String id, Model model) {
    var invitation =
        memberships.invitations(CurrentUser.of(auth)).stream()
            .filter(i -> i.id().equals(id))
            .findFirst()
            .orElseThrow(() -> new nexus.web.NotFoundException("invitation " + id));
    model.addAttribute("questionKey", "invitation.revoke.confirm");
    model.addAttribute("subject", invitation.email());
    model.addAttribute("action", "/institution/invitations/" + id + "/revoke");
    return "institution/confirm";
  }

  @PostMapping("/institution/invitations/{id}/revoke")
  String revoke(Authentication auth, @PathVariable String id) {
    memberships.revoke(CurrentUser.of(auth), id);
    return "redirect:/institution/members?revoked";
  }

  @GetMapping("/institution/members/{id}/remove")
  String confirmRemove(Authentication auth, @PathVariable String id, Model model) {
    var member = memberships.member(CurrentUser.of(auth), id);
    model.addAttribute("questionKey", "member.remove.confirm");
    model.addAttribute("subject", member.name() + " <" + member.email() + ">");
    model.addAttribute("action", "/institution/members/" + id + "/remove");
    return "institution/confirm";
  }

  @PostMapping("/institution/members/{id}/remove")
  String remove(Authentication auth, @PathVariable String id, Model model) {
    CurrentUser user = CurrentUser.of(auth);
    try {
      memberships.remove(user, id);
      return "redirect:/institution/members?removed";
    } catch (RuleViolationException e) {
      return page(
          user,
          0,
          model,
          new Invite("", MemberRole.PI),
          Map.of("members", FormErrors.message(messages, e)));
    }
  }

  private String page(
      CurrentUser user, int page, Model model, Invite invite, Map<String, String> errors) {
    model.addAttribute("members", memberships.members(user, page, 20));
    model.addAttribute("invitations", memberships.invitations(user));
    model.addAttribute("invite", invite);
    model.addAttribute("roles", MemberRole.values());
    model.addAttribute("errors", errors);
    return "institution/members";
  }
}
