package nexus.alumni.membership.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nexus.alumni.membership.Claims;
import nexus.alumni.membership.Claims.Consents;
import nexus.alumni.membership.MemberDocument;
import nexus.alumni.membership.Members;
import nexus.web.Audited;
import nexus.web.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The claim link from the invitation ({@code /public/claim/{token}}, no login needed). A signed-in
 * visitor binds the profile to their login; anyone else chooses a password for a new login. An
 * unknown, expired or used link is refused with 410.
 */
@Controller
class ClaimPage {

  static final int MIN_PASSWORD = 12;

  private final Claims claims;
  private final Members members;

  ClaimPage(Claims claims, Members members) {
    this.claims = claims;
    this.members = members;
  }

  @GetMapping("/public/claim/{token}")
  String page(
      @PathVariable String token,
      Authentication authentication,
      Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    Optional<MemberDocument> member = claims.usable(token);
    if (member.isEmpty()) {
      return refused(model, response);
    }
    return form(member.get(), token, authentication, model);
  }

  @PostMapping("/public/claim/{token}")
  @Audited(value = "alumni.claim", subject = "none")
  String claim(
      @PathVariable String token,
      @RequestParam(required = false) String password,
      @RequestParam(required = false) String passwordConfirm,
      @RequestParam(defaultValue = "false") boolean listed,
      @RequestParam(defaultValue = "false") boolean mailConsent,
      Authentication authentication,
      Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    Consents consents = new Consents(listed, mailConsent);
    Optional<MemberDocument> claimed;
    if (authentication instanceof JwtAuthenticationToken) {
      CurrentUser user = CurrentUser.of(authentication);
      Optional<MemberDocument> member = claims.usable(token);
      Optional<MemberDocument> bound = members.bySubject(user.subject());
      if (member.isPresent() && bound.isPresent() && !bound.get().id.equals(member.get().id)) {
        // one login, one profile: the alumni office merges two records of one person
        model.addAttribute("member", member.get());
        response.setStatus(HttpStatus.CONFLICT.value());
        return "claim/taken";
      }
      claimed = claims.claimAs(token, user.subject(), user.email(), consents);
    } else {
      Optional<MemberDocument> member = claims.usable(token);
      if (member.isEmpty()) {
        return refused(model, response);
      }
      String error = passwordError(password, passwordConfirm);
      if (error != null) {
        model.addAttribute("passwordError", error);
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(member.get(), token, authentication, model);
      }
      claimed = claims.claimWithPassword(token, password, consents);
    }
    if (claimed.isEmpty()) {
      return refused(model, response);
    }
    model.addAttribute("member", claimed.get());
    model.addAttribute("signedIn", authentication instanceof JwtAuthenticationToken);
    return "claim/done";
  }

  private static String passwordError(String password, String confirm) {
    // bcrypt reads at most 72 bytes: a longer password would be cut silently (or refused)
    if (password == null
        || password.length() < MIN_PASSWORD
        || password.getBytes(StandardCharsets.UTF_8).length > 72) {
      return "claim.password.length";
    }
    if (!password.equals(confirm)) {
      return "claim.password.mismatch";
    }
    return null;
  }

  private static String form(
      MemberDocument member, String token, Authentication authentication, Model model) {
    model.addAttribute("member", member);
    model.addAttribute("token", token);
    model.addAttribute("signedIn", authentication instanceof JwtAuthenticationToken);
    model.addAttribute("minPassword", MIN_PASSWORD);
    return "claim/form";
  }

  private static String refused(Model model, jakarta.servlet.http.HttpServletResponse response) {
    response.setStatus(HttpStatus.GONE.value());
    return "claim/refused";
  }
}
