package nexus.intake.institution.web;

import jakarta.validation.Validator;
import java.util.Map;
import nexus.intake.institution.InstitutionRequests.Registration;
import nexus.intake.institution.Memberships;
import nexus.intake.institution.Registrations;
import nexus.intake.institution.domain.InstitutionType;
import nexus.web.CurrentUser;
import nexus.web.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The user's institution, or the form to register one; the verification link and the invitation
 * link (each shown first, used by a button, so that a mail scanner opening the link uses nothing).
 */
@Controller
class InstitutionPages {

  private final Registrations registrations;
  private final Memberships memberships;
  private final Validator validator;
  private final MessageSource messages;

  InstitutionPages(
      Registrations registrations,
      Memberships memberships,
      Validator validator,
      MessageSource messages) {
    this.registrations = registrations;
    this.memberships = memberships;
    this.validator = validator;
    this.messages = messages;
  }

  @GetMapping("/institution")
  String home(Authentication auth, Model model) {
    CurrentUser user = CurrentUser.of(auth);
    var mine = registrations.mine(user);
    if (mine.isPresent()) {
      model.addAttribute("institution", mine.get());
      return "institution/home";
    }
    model.addAttribute("claimedInstitution", user.institutionName());
    return form(model, new Registration("", "", null, "", ""), Map.of());
  }

  @PostMapping("/institution")
  String register(Authentication auth, @ModelAttribute("form") Registration form, Model model) {
    Map<String, String> errors = new java.util.LinkedHashMap<>(FormErrors.of(validator, form));
    if (errors.isEmpty()) {
      try {
        registrations.register(CurrentUser.of(auth), form);
        return "redirect:/institution?registered";
      } catch (RuleViolationException e) {
        String field =
            e.messageKey().startsWith("institution.corporateNumber") ? "corporateNumber" : "form";
        errors.put(field, FormErrors.message(messages, e));
      }
    }
    return form(model, form, errors);
  }

  @PostMapping("/institution/verification")
  String requestVerification(Authentication auth) {
    registrations.requestVerification(CurrentUser.of(auth));
    return "redirect:/institution?verificationRequested";
  }

  @GetMapping("/institution/verify")
  String verifyPage(@RequestParam String token, Model model) {
    model.addAttribute("token", token);
    model.addAttribute("action", "/institution/verify");
    model.addAttribute("titleKey", "link.verify.title");
    return "institution/link";
  }

  @PostMapping("/institution/verify")
  String verify(Authentication auth, @RequestParam String token, Model model) {
    try {
      registrations.verify(CurrentUser.of(auth), token);
      return "redirect:/institution?verified";
    } catch (RuleViolationException e) {
      model.addAttribute("titleKey", "link.verify.title");
      model.addAttribute("error", FormErrors.message(messages, e));
      return "institution/link";
    }
  }

  @GetMapping("/invitations/accept")
  String offer(@RequestParam String token, Model model) {
    model.addAttribute("titleKey", "link.accept.title");
    try {
      model.addAttribute("offer", memberships.offer(token));
      model.addAttribute("token", token);
      model.addAttribute("action", "/invitations/accept");
    } catch (RuleViolationException e) {
      model.addAttribute("error", FormErrors.message(messages, e));
    }
    return "institution/link";
  }

  @PostMapping("/invitations/accept")
  String accept(Authentication auth, @RequestParam String token, Model model) {
    try {
      memberships.accept(CurrentUser.of(auth), token);
      return "redirect:/institution?joined";
    } catch (RuleViolationException e) {
      model.addAttribute("titleKey", "link.accept.title");
      model.addAttribute("error", FormErrors.message(messages, e));
      return "institution/link";
    }
  }

  private String form(Model model, Registration form, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("types", InstitutionType.values());
    model.addAttribute("errors", errors);
    return "institution/register";
  }
}
