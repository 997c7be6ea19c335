package nexus.intake.institution;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import nexus.intake.institution.domain.InstitutionType;
import nexus.intake.institution.domain.MemberRole;

/** What the institution API and pages take and give. */
public final class InstitutionRequests {

  private InstitutionRequests() {}

  /**
   * A host institution to register.
   *
   * @param nameJa name in Japanese
   * @param nameEn name in English
   * @param type institution type
   * @param corporateNumber 13-digit corporate number (half- or full-width, hyphens allowed)
   * @param contactEmail the institution's contact address, verified by a link
   */
  public record Registration(
      @NotBlank(message = "{institution.nameJa.required}")
          @Size(max = 200, message = "{institution.name.size}")
          String nameJa,
      @NotBlank(message = "{institution.nameEn.required}")
          @Size(max = 200, message = "{institution.name.size}")
          String nameEn,
      @NotNull(message = "{institution.type.required}") InstitutionType type,
      @NotBlank(message = "{institution.corporateNumber.required}") @ValidCorporateNumber
          String corporateNumber,
      @NotBlank(message = "{institution.contactEmail.required}")
          @Email(message = "{institution.contactEmail.invalid}")
          @Size(max = 254, message = "{institution.contactEmail.invalid}")
          String contactEmail) {}

  /**
   * Someone to invite.
   *
   * @param email their address; the link goes there
   * @param role PI or STAFF
   */
  public record Invite(
      @NotBlank(message = "{institution.contactEmail.required}")
          @Email(message = "{institution.contactEmail.invalid}")
          @Size(max = 254, message = "{institution.contactEmail.invalid}")
          String email,
      @NotNull(message = "{member.role.required}") MemberRole role) {}

  /** The token of a link, posted back to use it. */
  public record LinkToken(@NotBlank(message = "{link.invalid}") String token) {}

  /** An institution as its members see it, with the caller's role in it. */
  public record InstitutionView(
      String id,
      String nameJa,
      String nameEn,
      InstitutionType type,
      String corporateNumber,
      String contactEmail,
      String status,
      Instant registeredAt,
      Instant verifiedAt,
      MemberRole myRole,
      int memberCount) {}

  /** A member, for the institution's staff. */
  public record MemberView(
      String id, String name, String email, MemberRole role, Instant joinedAt) {}

  /** An open invitation, for the institution's staff. */
  public record InvitationView(
      String id,
      String email,
      MemberRole role,
      Instant invitedAt,
      Instant sentAt,
      Instant expiresAt) {}

  /** What an invitation link offers, shown before it is accepted. */
  public record InvitationOffer(
      String institutionId, String institutionNameJa, String institutionNameEn, MemberRole role) {}
}
