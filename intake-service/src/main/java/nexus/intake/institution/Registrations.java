package nexus.intake.institution;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import nexus.events.InstitutionRegistered;
import nexus.events.InstitutionVerificationRequested;
import nexus.events.InstitutionVerified;
import nexus.intake.institution.InstitutionRequests.InstitutionView;
import nexus.intake.institution.InstitutionRequests.Registration;
import nexus.intake.institution.domain.CorporateNumber;
import nexus.intake.institution.domain.Ids;
import nexus.intake.institution.domain.InstitutionStatus;
import nexus.intake.institution.domain.InstitutionType;
import nexus.intake.institution.domain.MemberRole;
import nexus.intake.institution.domain.OneTimeToken;
import nexus.messaging.Outbox;
import nexus.web.CurrentUser;
import nexus.web.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Registering a host institution and verifying its contact e-mail. The registrant becomes its first
 * staff member; the institution stays PENDING until the link in the verification e-mail is used.
 */
@Service
public class Registrations {

  private static final Logger audit = LoggerFactory.getLogger("nexus.access");

  private final InstitutionRepository institutions;
  private final InstitutionAccess access;
  private final Outbox outbox;
  private final Clock clock;
  private final Duration linkValidity;

  Registrations(
      InstitutionRepository institutions,
      InstitutionAccess access,
      Outbox outbox,
      Clock clock,
      @Value("${nexus.intake.accounts.link-validity:72h}") Duration linkValidity) {
    this.institutions = institutions;
    this.access = access;
    this.outbox = outbox;
    this.clock = clock;
    this.linkValidity = linkValidity;
  }

  /** Registers the user's institution; the registration and its e-mail are one write. */
  public InstitutionView register(CurrentUser user, Registration request) {
    if (user.institutionId() != null) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "member.already-member");
    }
    access.requireNoMembership(user);
    CorporateNumber number =
        CorporateNumber.parse(request.corporateNumber())
            .orElseThrow(
                () ->
                    new RuleViolationException(
                        HttpStatus.BAD_REQUEST, "institution.corporateNumber.invalid"));
    if (institutions.existsByCorporateNumber(number.value())) {
      throw taken();
    }
    Instant now = clock.instant();
    InstitutionDocument institution = new InstitutionDocument();
    institution.id = Ids.next("INST");
    institution.nameJa = request.nameJa().trim();
    institution.nameEn = request.nameEn().trim();
    institution.type = request.type().name();
    institution.corporateNumber = number.value();
    institution.contactEmail = request.contactEmail().trim();
    institution.language = language();
    institution.status = InstitutionStatus.PENDING.name();
    institution.registeredBy = user.subject();
    institution.registeredAt = now;
    InstitutionDocument.Member registrant = new InstitutionDocument.Member();
    registrant.id = Ids.next("M");
    registrant.subject = user.subject();
    registrant.name = user.name();
    // the registrant's address is the contact address, verified by the same link
    registrant.email = institution.contactEmail;
    registrant.role = MemberRole.STAFF.name();
    registrant.joinedAt = now;
    institution.members.add(registrant);
    institution.outbox.add(
        outbox.entryFor(
            new InstitutionRegistered(
                institution.id, institution.nameJa, institution.nameEn, institution.type, now)));
    institution.outbox.add(
        outbox.entryFor(new InstitutionVerificationRequested(institution.id, now)));
    try {
      institutions.insert(institution);
    } catch (DuplicateKeyException e) {
      throw taken(); // registered by someone else a moment ago
    }
    audit.info("institution registered: institution={} by={}", institution.id, user.subject());
    return view(institution, user.subject());
  }

  /**
   * The registered type of an institution (its {@link InstitutionType} constant name), empty when
   * no institution is registered under that id: one lookup by id.
   */
  public Optional<String> typeOf(String institutionId) {
    return institutionId == null
        ? Optional.empty()
        : institutions.findById(institutionId).map(institution -> institution.type);
  }

  /** The user's institution, with their role in it. */
  public Optional<InstitutionView> mine(CurrentUser user) {
    return institutions
        .findFirstByMembersSubject(user.subject())
        .map(institution -> view(institution, user.subject()));
  }

  /** Asks for a new verification e-mail (the previous link stops working when it is sent). */
  public void requestVerification(CurrentUser user) {
    InstitutionDocument institution = access.ofStaff(user);
    if (InstitutionStatus.ACTIVE.name().equals(institution.status)) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "institution.already-verified");
    }
    institution.outbox.add(
        outbox.entryFor(new InstitutionVerificationRequested(institution.id, clock.instant())));
    access.save(institution);
  }

  /**
   * Mints the verification link to e-mail now and keeps only its hash (replacing an earlier one).
   * Empty when there is nothing to verify any more.
   */
  public Optional<LinkMail> issueVerificationLink(String institutionId) {
    Optional<InstitutionDocument> found = institutions.findById(institutionId);
    if (found.isEmpty() || InstitutionStatus.ACTIVE.name().equals(found.get().status)) {
      return Optional.empty();
    }
    InstitutionDocument institution = found.get();
    Instant now = clock.instant();
    OneTimeToken token = OneTimeToken.issue(now, linkValidity);
    InstitutionDocument.Link link = new InstitutionDocument.Link();
    link.tokenHash = token.hash();
    link.expiresAt = token.expiresAt();
    link.sentAt = now;
    institution.verification = link;
    institutions.save(institution);
    return Optional.of(
        new LinkMail(
            institution.contactEmail,
            institution.language,
            institution.nameJa,
            institution.nameEn,
            null,
            token.token(),
            token.expiresAt()));
  }

  /** Uses a verification link: once, before it expires. */
  public InstitutionView verify(CurrentUser user, String token) {
    InstitutionDocument institution =
        institutions
            .findFirstByVerificationTokenHash(OneTimeToken.hash(token))
            .orElseThrow(() -> new RuleViolationException(HttpStatus.GONE, "link.invalid"));
    Instant now = clock.instant();
    if (!now.isBefore(institution.verification.expiresAt)) {
      throw new RuleViolationException(HttpStatus.GONE, "link.expired");
    }
    institution.status = InstitutionStatus.ACTIVE.name();
    institution.verifiedAt = now;
    institution.verification = null;
    institution.outbox.add(outbox.entryFor(new InstitutionVerified(institution.id, now)));
    MembershipEvents.announceMembers(institution, outbox);
    access.save(institution);
    audit.info("institution verified: institution={} by={}", institution.id, user.subject());
    return view(institution, user.subject());
  }

  static InstitutionView view(InstitutionDocument institution, String subject) {
    return new InstitutionView(
        institution.id,
        institution.nameJa,
        institution.nameEn,
        InstitutionType.valueOf(institution.type),
        institution.corporateNumber,
        institution.contactEmail,
        institution.status,
        institution.registeredAt,
        institution.verifiedAt,
        institution.member(subject).map(m -> MemberRole.valueOf(m.role)).orElse(null),
        institution.members.size());
  }

  private static RuleViolationException taken() {
    return new RuleViolationException(HttpStatus.CONFLICT, "institution.corporateNumber.taken");
  }

  static String language() {
    Locale locale = LocaleContextHolder.getLocale();
    return "en".equals(locale.getLanguage()) ? "en" : "ja";
  }
}
