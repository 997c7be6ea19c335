package nexus.alumni.membership.web;

import jakarta.validation.Valid;
import nexus.alumni.membership.Erasure;
import nexus.alumni.membership.Profile;
import nexus.alumni.membership.ProfileEdit;
import nexus.alumni.membership.Profiles;
import nexus.web.Audited;
import nexus.web.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A member's own profile: read, edit, and leave with erasure. */
@RestController
@RequestMapping("/api/me")
@PreAuthorize("hasRole('alumnus')")
class ProfileApi {

  private final Me me;
  private final Profiles profiles;
  private final Erasure erasure;

  ProfileApi(Me me, Profiles profiles, Erasure erasure) {
    this.me = me;
    this.profiles = profiles;
    this.erasure = erasure;
  }

  @GetMapping("/profile")
  Profile profile(Authentication auth) {
    return Profile.own(me.of(auth));
  }

  @PutMapping("/profile")
  @Audited("alumni.profile.edit")
  Profile edit(Authentication auth, @Valid @RequestBody ProfileEdit edit) {
    profiles.save(me.of(auth), edit);
    return Profile.own(me.of(auth));
  }

  /** Leaving erases the member's data: irreversible, so it must be confirmed explicitly. */
  @DeleteMapping
  @Audited("alumni.erase")
  ResponseEntity<Void> leave(
      Authentication auth, @RequestParam(defaultValue = "false") boolean confirm) {
    if (!confirm) {
      throw new RuleViolationException(HttpStatus.UNPROCESSABLE_CONTENT, "leave.confirm.required");
    }
    erasure.erase(me.of(auth));
    return ResponseEntity.noContent().build();
  }
}
