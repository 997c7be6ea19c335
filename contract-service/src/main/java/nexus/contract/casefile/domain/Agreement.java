package nexus.contract.casefile.domain;

import java.time.Instant;

/**
 * The implementation agreement (実施協定書) of one funded institution: its PDF, fixed once issued,
 * signed first by the institution's signatory and then by the agency, each signature bound to the
 * SHA-256 of the exact bytes.
 */
public class Agreement {
  private String agreementId;
  private String institutionId;
  private String institutionName;
  private String role;
  private long amountJpy;
  private byte[] pdf;
  private String sha256;
  private Instant issuedAt;
  private Signature institutionSignature;
  private Signature agencySignature;

  Agreement() {}

  Agreement(
      String agreementId,
      String institutionId,
      String institutionName,
      String role,
      long amountJpy) {
    this.agreementId = agreementId;
    this.institutionId = institutionId;
    this.institutionName = institutionName;
    this.role = role;
    this.amountJpy = amountJpy;
  }

  void issue(byte[] pdf, String sha256, Instant at) {
    if (institutionSignature != null) {
      throw new CaseRefusedException("agreement.already-signed");
    }
    this.pdf = pdf.clone();
    this.sha256 = sha256;
    this.issuedAt = at;
  }

  void signByInstitution(Actor signer, String seenSha256, Instant at) {
    requireIssued(seenSha256);
    if (!institutionId.equals(signer.institutionId())) {
      throw new CaseRefusedException("agreement.other-institution");
    }
    if (institutionSignature != null) {
      throw new CaseRefusedException("agreement.already-signed");
    }
    institutionSignature = new Signature(signer.id(), signer.name(), at, sha256);
  }

  void signByAgency(Actor staff, String seenSha256, Instant at) {
    requireIssued(seenSha256);
    if (institutionSignature == null) {
      throw new CaseRefusedException("agreement.institution-signs-first");
    }
    if (agencySignature != null) {
      throw new CaseRefusedException("agreement.already-signed");
    }
    agencySignature = new Signature(staff.id(), staff.name(), at, sha256);
  }

  private void requireIssued(String seenSha256) {
    if (pdf == null) {
      throw new CaseRefusedException("agreement.not-issued");
    }
    if (seenSha256 != null && !seenSha256.isBlank() && !seenSha256.equalsIgnoreCase(sha256)) {
      throw new CaseRefusedException("agreement.document-changed");
    }
  }

  public boolean signed() {
    return institutionSignature != null && agencySignature != null;
  }

  public String agreementId() {
    return agreementId;
  }

  public String institutionId() {
    return institutionId;
  }

  public String institutionName() {
    return institutionName;
  }

  public String role() {
    return role;
  }

  public long amountJpy() {
    return amountJpy;
  }

  public byte[] pdf() {
    return pdf == null ? null : pdf.clone();
  }

  public String sha256() {
    return sha256;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public Signature institutionSignature() {
    return institutionSignature;
  }

  public Signature agencySignature() {
    return agencySignature;
  }
}
