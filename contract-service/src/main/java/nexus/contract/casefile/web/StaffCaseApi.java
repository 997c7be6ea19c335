package nexus.contract.casefile.web;

import static nexus.contract.casefile.web.Requests.actor;
import static nexus.contract.casefile.web.Requests.requireConfirmed;

import jakarta.validation.Valid;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import nexus.contract.casefile.CaseSteps;
import nexus.contract.casefile.CaseThread;
import nexus.contract.casefile.ContractCases;
import nexus.contract.casefile.domain.AuditEntry;
import nexus.contract.payment.Payments;
import nexus.contract.payment.domain.BankAccount;
import nexus.contract.settlement.Settlements;
import nexus.web.Audited;
import nexus.web.RuleViolationException;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Contract staff's API over contract cases: every step after the award, and the audit trail. */
@RestController
@RequestMapping("/api/cases")
@PreAuthorize("hasAnyRole('staff-contract','admin')")
class StaffCaseApi {

  private final ContractCases cases;
  private final CaseSteps steps;
  private final Payments payments;
  private final Settlements settlements;
  private final CaseThread thread;

  StaffCaseApi(
      ContractCases cases,
      CaseSteps steps,
      Payments payments,
      Settlements settlements,
      CaseThread thread) {
    this.thread = thread;
    this.cases = cases;
    this.steps = steps;
    this.payments = payments;
    this.settlements = settlements;
  }

  @Audited("cases.read")
  @GetMapping
  List<CaseView> all() {
    return cases.all().stream().map(CaseView::of).toList();
  }

  @Audited("case.read")
  @GetMapping("/{planId}")
  CaseView one(@PathVariable String planId) {
    return CaseView.of(cases.one(planId));
  }

  @Audited("case.audit.read")
  @GetMapping("/{planId}/audit")
  List<AuditEntry> audit(@PathVariable String planId) {
    return cases.one(planId).audit();
  }

  @Audited("condition.set")
  @PostMapping("/{planId}/conditions")
  CaseView addCondition(
      @PathVariable String planId,
      @Valid @RequestBody Requests.ConditionRequest r,
      Authentication auth) {
    steps.addCondition(planId, r.text(), actor(auth));
    return one(planId);
  }

  @Audited(
      value = "condition.close",
      subject = {"planId", "conditionId"})
  @PostMapping("/{planId}/conditions/{conditionId}/close")
  CaseView closeCondition(
      @PathVariable String planId, @PathVariable String conditionId, Authentication auth) {
    steps.closeCondition(planId, conditionId, actor(auth));
    return one(planId);
  }

  @PostMapping("/{planId}/messages")
  CaseView post(
      @PathVariable String planId,
      @RequestParam(required = false) String text,
      @RequestParam(required = false) List<MultipartFile> files,
      Authentication auth) {
    cases.one(planId);
    thread.post(planId, actor(auth).name(), true, text, ThreadFiles.uploads(files));
    return one(planId);
  }

  @Audited("case.attachment.read")
  @GetMapping("/{planId}/attachments/{fileId}")
  ResponseEntity<Resource> attachment(@PathVariable String planId, @PathVariable String fileId) {
    Resource file = thread.attachment(cases.one(planId), fileId);
    return ThreadFiles.download(file, file instanceof GridFsResource g ? g.getContentType() : null);
  }

  @Audited("work-plan.decide")
  @PostMapping("/{planId}/work-plan/decision")
  CaseView decideWorkPlan(
      @PathVariable String planId, @Valid @RequestBody Requests.Decision d, Authentication auth) {
    requireConfirmed(d.confirm());
    steps.decideWorkPlan(planId, d.approve(), d.comment(), actor(auth));
    return one(planId);
  }

  @Audited("agreement.read")
  @GetMapping("/{planId}/agreements/{agreementId}/pdf")
  ResponseEntity<byte[]> agreementPdf(
      @PathVariable String planId, @PathVariable String agreementId) {
    return AgreementFiles.pdf(cases.one(planId), agreementId);
  }

  @Audited(
      value = "agreement.sign",
      subject = {"planId", "agreementId"})
  @PostMapping("/{planId}/agreements/{agreementId}/agency-signature")
  CaseView signAsAgency(
      @PathVariable String planId,
      @PathVariable String agreementId,
      @Valid @RequestBody Requests.SignatureRequest s,
      Authentication auth) {
    requireConfirmed(s.confirm());
    steps.signAsAgency(planId, agreementId, s.sha256(), actor(auth));
    return one(planId);
  }

  @Audited("payment.request")
  @PostMapping("/{planId}/payments")
  CaseView requestPayment(
      @PathVariable String planId,
      @Valid @RequestBody Requests.PaymentRequest r,
      Authentication auth) {
    cases.one(planId);
    payments.request(planId, r.agreementId(), account(r.account()), actor(auth));
    return one(planId);
  }

  @Audited(
      value = "payment.approve",
      subject = {"planId", "paymentId"})
  @PostMapping("/{planId}/payments/{paymentId}/approval")
  CaseView approvePayment(
      @PathVariable String planId,
      @PathVariable String paymentId,
      @RequestBody Requests.Confirmation c,
      Authentication auth) {
    requireConfirmed(c.confirm());
    payments.approve(planId, paymentId, actor(auth));
    return one(planId);
  }

  @Audited(
      value = "payment.disburse",
      subject = {"planId", "paymentId"})
  @PostMapping("/{planId}/payments/{paymentId}/disbursement")
  CaseView disburse(
      @PathVariable String planId,
      @PathVariable String paymentId,
      @RequestBody Requests.Confirmation c,
      Authentication auth) {
    requireConfirmed(c.confirm());
    payments.disburse(planId, paymentId, actor(auth));
    return one(planId);
  }

  @Audited(
      value = "amendment.decide",
      subject = {"planId", "amendmentId"})
  @PostMapping("/{planId}/amendments/{amendmentId}/decision")
  CaseView decideAmendment(
      @PathVariable String planId,
      @PathVariable String amendmentId,
      @Valid @RequestBody Requests.Decision d,
      Authentication auth) {
    requireConfirmed(d.confirm());
    steps.decideAmendment(planId, amendmentId, d.approve(), d.comment(), actor(auth));
    return one(planId);
  }

  @Audited(
      value = "refund.confirm",
      subject = {"planId", "institutionId"})
  @PostMapping("/{planId}/settlements/{institutionId}/refund-received")
  CaseView refundReceived(
      @PathVariable String planId,
      @PathVariable String institutionId,
      @RequestBody Requests.Confirmation c,
      Authentication auth) {
    requireConfirmed(c.confirm());
    settlements.confirmRefund(planId, institutionId, actor(auth));
    return one(planId);
  }

  @Audited("refund-notice.read")
  @GetMapping("/{planId}/settlements/{institutionId}/notice")
  ResponseEntity<byte[]> refundNotice(
      @PathVariable String planId, @PathVariable String institutionId) {
    return AgreementFiles.notice(cases.one(planId), institutionId);
  }

  /** The Zengin file of every approved payment not yet disbursed. */
  @Audited("zengin.export")
  @GetMapping(value = "/payments/zengin")
  ResponseEntity<byte[]> zengin(@RequestParam(required = false) LocalDate date) {
    LocalDate day = date == null ? payments.nextTransferDay() : date;
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "plain", Charset.forName("Shift_JIS")))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"zengin-" + day + ".txt\"")
        .body(payments.zenginBatch(day));
  }

  private static BankAccount account(Requests.AccountRequest a) {
    try {
      return new BankAccount(
          a.bankCode(),
          a.bankName(),
          a.branchCode(),
          a.branchName(),
          a.accountType(),
          a.accountNumber(),
          a.holderKana());
    } catch (IllegalArgumentException e) {
      throw new RuleViolationException(
          HttpStatus.UNPROCESSABLE_ENTITY, "payment.account-invalid", e.getMessage());
    }
  }
}
