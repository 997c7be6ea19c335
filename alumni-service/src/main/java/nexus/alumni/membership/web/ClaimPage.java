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
import org.springframework.web.util.UriUtils;

/**
 * The claim link from the invitation ({@code /public/claim/{token}}, no login needed). A signed-in
 * visitor binds the profile to their login; anyone else is sent through {@code /claim/{token}}
 * (login required) to sign in or create an account first, and comes back signed in. An unknown,
 * expired or used link is refused with 410.
 */
@Controller
class ClaimPage {

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

  /**
   * Sign in (or sign up) first: the gateway saves this request before its login, so the visitor
   * lands back on the claim page signed in.
   */
  @GetMapping("/claim/{token}")
  String signInToClaim(@PathVariable String token) {
    return "redirect:/public/claim/" + UriUtils.encodePathSegment(token, StandardCharsets.UTF_8);
  }

  @PostMapping("/public/claim/{token}")
  @Audited(value = "alumni.claim", subject = "none")
  String claim(
      @PathVariable String token,
      @RequestParam(defaultValue = "false") boolean listed,
      @RequestParam(defaultValue = "false") boolean mailConsent,
      Authentication authentication,
      Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    if (!(authentication instanceof JwtAuthenticationToken)) {
      // a claim binds the profile to a login: without one, the form only offers to sign in
      Optional<MemberDocument> member = claims.usable(token);
      if (member.isEmpty()) {
        return refused(model, response);
      }
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
      return form(member.get(), token, authentication, model);
    }
    CurrentUser user = CurrentUser.of(authentication);
    Optional<MemberDocument> member = claims.usable(token);
    Optional<MemberDocument> bound = members.bySubject(user.subject());
    if (member.isPresent() && bound.isPresent() && !bound.get().id.equals(member.get().id)) {
      // one login, one profile: the alumni office merges two records of one person
      model.addAttribute("member", member.get());
      response.setStatus(HttpStatus.CONFLICT.value());
      return "claim/taken";
    }
    Optional<MemberDocument> claimed =
        claims.claimAs(token, user.subject(), user.email(), new Consents(listed, mailConsent));
    if (claimed.isEmpty()) {
      return refused(model, response);
    }
    model.addAttribute("member", claimed.get());
    return "claim/done";
  }

  private static String form(
      MemberDocument member, String token, Authentication authentication, Model model) {
    model.addAttribute("member", member);
    model.addAttribute("token", token);
    model.addAttribute("signedIn", authentication instanceof JwtAuthenticationToken);
    return "claim/form";
  }

  private static String refused(Model model, jakarta.servlet.http.HttpServletResponse response) {
    response.setStatus(HttpStatus.GONE.value());
    return "claim/refused";
  }
}
