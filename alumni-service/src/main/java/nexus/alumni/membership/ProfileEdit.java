package nexus.alumni.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import nexus.alumni.membership.domain.ProfileField;
import nexus.alumni.membership.domain.Visibility;

/**
 * What a member may change on their profile.
 *
 * @param name full name
 * @param country country (ISO 3166 alpha-2)
 * @param institution current institution
 * @param position current position
 * @param fields research fields
 * @param contactableByMembers whether other members may contact them
 * @param language preferred language of e-mail, ja or en
 * @param visibility who sees each field
 * @param listed consent to be listed in the directory
 * @param mailConsent consent to receive announcements by e-mail
 * @param email a new contact address (null or blank: unchanged); a new address ends a bounce
 */
public record ProfileEdit(
    @NotBlank @Size(max = 200) String name,
    @Pattern(regexp = "[A-Z]{2}") String country,
    @Size(max = 300) String institution,
    @Size(max = 200) String position,
    @Size(max = 10) List<@Size(max = 100) String> fields,
    boolean contactableByMembers,
    @Pattern(regexp = "ja|en") String language,
    Map<ProfileField, Visibility> visibility,
    boolean listed,
    boolean mailConsent,
    @Size(max = 254) @Pattern(regexp = ProfileEdit.EMAIL) String email) {

  /** An address as accepted: one @, a dot in the domain, no spaces. */
  public static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

  /** Whether a new address was given. */
  boolean changesEmail() {
    return email != null && !email.isBlank();
  }
}
