package nexus.alumni.membership.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nexus.alumni.membership.Erasure;
import nexus.alumni.membership.MemberDocument;
import nexus.alumni.membership.Profile;
import nexus.alumni.membership.ProfileEdit;
import nexus.alumni.membership.Profiles;
import nexus.alumni.membership.domain.ProfileField;
import nexus.alumni.membership.domain.Visibility;
import nexus.web.Audited;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The member's home: their profile with a visibility per field, consents, and leaving. */
@Controller
@PreAuthorize("hasRole('alumnus')")
class ProfilePage {

  private final Me me;
  private final Profiles profiles;
  private final Erasure erasure;
  private final ObjectProvider<HomeSection> sections;

  ProfilePage(Me me, Profiles profiles, Erasure erasure, ObjectProvider<HomeSection> sections) {
    this.me = me;
    this.profiles = profiles;
    this.erasure = erasure;
    this.sections = sections;
  }

  @GetMapping("/me")
  String home(Authentication auth, Model model) {
    MemberDocument member = me.of(auth);
    Profile own = Profile.own(member);
    model.addAttribute("profile", own);
    model.addAttribute("publicPage", publicPage(member, own));
    model.addAttribute("member", member);
    model.addAttribute("mailConsentToRenew", profiles.mailConsentToRenew(member));
    model.addAttribute("profileFields", ProfileField.values());
    model.addAttribute("visibilities", Visibility.values());
    sections.orderedStream().forEach(s -> s.addTo(member, model));
    return "me/home";
  }

  /** LINK when the public page shows something, else why it shows nothing (UNLISTED, NOTHING). */
  private static String publicPage(MemberDocument member, Profile own) {
    if (!member.listed) {
      return "UNLISTED";
    }
    return own.visibility().containsValue(Visibility.PUBLIC) ? "LINK" : "NOTHING";
  }

  @PostMapping("/me")
  @Audited("alumni.profile.edit")
  String save(
      Authentication auth,
      @RequestParam String name,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) String institution,
      @RequestParam(required = false) String position,
      @RequestParam(defaultValue = "") String fields,
      @RequestParam(defaultValue = "false") boolean contactableByMembers,
      @RequestParam(required = false) String language,
      @RequestParam(defaultValue = "false") boolean listed,
      @RequestParam(defaultValue = "false") boolean mailConsent,
      @RequestParam(required = false) String email,
      @RequestParam Map<String, String> all,
      Model model) {
    MemberDocument member = me.of(auth);
    Map<ProfileField, Visibility> visibility = new EnumMap<>(ProfileField.class);
    for (ProfileField f : ProfileField.values()) {
      String chosen = all.get("visibility." + f.name());
      if (chosen != null
          && Arrays.stream(Visibility.values()).anyMatch(v -> v.name().equals(chosen))) {
        visibility.put(f, Visibility.valueOf(chosen));
      }
    }
    String countryCode =
        country == null || country.isBlank()
            ? null
            : country.strip().toUpperCase(java.util.Locale.ROOT);
    if (email != null
        && !email.isBlank()
        && (email.strip().length() > 254 || !email.strip().matches(ProfileEdit.EMAIL))) {
      model.addAttribute("emailError", "profile.email.invalid");
      model.addAttribute("enteredEmail", email);
      return home(auth, model);
    }
    if (name.isBlank()) {
      model.addAttribute("nameError", "profile.name.required");
      return home(auth, model);
    }
    if (countryCode != null && !countryCode.matches("[A-Z]{2}")) {
      model.addAttribute("countryError", "profile.country.invalid");
      model.addAttribute("enteredCountry", country);
      return home(auth, model);
    }
    List<String> fieldList = new ArrayList<>(Arrays.asList(fields.split("[,、\n]")));
    profiles.save(
        member,
        new ProfileEdit(
            name,
            countryCode,
            institution,
            position,
            fieldList,
            contactableByMembers,
            "ja".equals(language) || "en".equals(language) ? language : null,
            visibility,
            listed,
            mailConsent,
            email));
    return "redirect:/me?saved";
  }

  @GetMapping("/me/leave")
  String confirmLeave(Authentication auth, Model model) {
    model.addAttribute("member", me.of(auth));
    return "me/leave";
  }

  @PostMapping("/me/leave")
  @Audited("alumni.erase")
  String leave(
      Authentication auth, @RequestParam(defaultValue = "false") boolean confirm, Model model) {
    MemberDocument member = me.of(auth);
    if (!confirm) {
      model.addAttribute("member", member);
      model.addAttribute("confirmError", true);
      return "me/leave";
    }
    erasure.erase(member);
    return "me/left";
  }
}
