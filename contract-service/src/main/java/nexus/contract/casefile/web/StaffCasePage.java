package nexus.contract.casefile.web;

import static nexus.contract.casefile.web.Requests.actor;

import java.util.List;
import nexus.contract.casefile.CaseSteps;
import nexus.contract.casefile.CaseThread;
import nexus.contract.casefile.ContractCases;
import nexus.contract.payment.Payments;
import nexus.contract.payment.domain.BankAccount;
import nexus.contract.settlement.Settlements;
import nexus.web.Audited;
import nexus.web.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Contract staff's page of one case, with a form per step; irreversible steps ask to confirm. */
@Controller
@PreAuthorize("hasAnyRole('staff-contract','admin')")
class StaffCasePage {

  private final ContractCases cases;
  private final CaseSteps steps;
  private final Payments payments;
  private final Settlements settlements;
  private final CaseThread thread;
  private final PageActions actions;

  StaffCasePage(
      ContractCases cases,
      CaseSteps steps,
      Payments payments,
      Settlements settlements,
      CaseThread thread,
      PageActions actions) {
    this.cases = cases;
    this.steps = steps;
    this.payments = payments;
    this.settlements = settlements;
    this.thread = thread;
    this.actions = actions;
  }

  @Audited("case.read")
  @GetMapping("/cases/{planId}")
  String page(@PathVariable String planId, Model model) {
    model.addAttribute("c", CaseView.of(cases.one(planId)));
    model.addAttribute("audit", cases.one(planId).audit());
    return "cases/staff";
  }

  @Audited(
      value = "condition.close",
      subject = {"planId", "conditionId"})
  @PostMapping("/cases/{planId}/conditions/{conditionId}/close")
  String close(
      @PathVariable String planId,
      @PathVariable String conditionId,
      Authentication auth,
      RedirectAttributes r) {
    return actions.run(
        back(planId), false, null, r, () -> steps.closeCondition(planId, conditionId, actor(auth)));
  }

  @PostMapping("/cases/{planId}/messages")
  String post(
      @PathVariable String planId,
      @RequestParam(required = false) String text,
      @RequestParam(required = false) List<MultipartFile> files,
      Authentication auth,
      RedirectAttributes r) {
    return actions.run(
        back(planId),
        false,
        null,
        r,
        () ->
            thread.post(
                planId, actor(auth).name(), true, text, ThreadFiles.uploads(nonEmpty(files))));
  }

  @Audited("work-plan.decide")
  @PostMapping("/cases/{planId}/work-plan/decision")
  String decide(
      @PathVariable String planId,
      @RequestParam boolean approve,
      @RequestParam(required = false) String comment,
      @RequestParam(required = false) Boolean confirm,
      Authentication auth,
      RedirectAttributes r) {
    return actions.run(
        back(planId),
        true,
        confirm,
        r,
        () -> steps.decideWorkPlan(planId, approve, comment, actor(auth)));
  }

  @Audited(
      value = "amendment.decide",
      subject = {"planId", "amendmentId"})
  @PostMapping("/cases/{planId}/amendments/{amendmentId}/decision")
  String decideAmendment(
      @PathVariable String planId,
      @PathVariable String amendmentId,
      @RequestParam boolean approve,
      @RequestParam(required = false) String comment,
      @RequestParam(required = false) Boolean confirm,
      Authentication auth,
      RedirectAttributes r) {
    return actions.run(
        back(planId),
        true,
        confirm,
        r,
        () -> steps.decideAmendment(planId, amendmentId, approve, comment, actor(auth)));
  }

  @Audited(
      value = "agreement.sign",
      subject = {"planId", "agreementId"})
  @PostMapping("/cases/{planId}/agreements/{agreementId}/sign")
  String sign(
      @PathVariable String planId,
      @PathVariable String agreementId,
      @RequestParam(required = false) String sha256,
      @RequestParam(required = false) Boolean confirm,
      Authentication auth,
      RedirectAttributes r) {
    return actions.run(
        back(planId),
        true,
        confirm,
        r,
        () -> steps.signAsAgency(planId, agreementId, sha256, actor(auth)));
  }

  @Audited("payment.request")
  @PostMapping("/cases/{planId}/payments")
  String request(
      @PathVariable String planId,
      @RequestParam String agreementId,
      @RequestParam String bankCode,
      @RequestParam String bankName,
      @RequestParam String branchCode,
      @RequestParam String branchName,
      @RequestParam String accountType,
      @RequestParam String accountNumber,
      @RequestParam String holderKana,
      Authentication auth,
      RedirectAttributes r) {
    return actions.run(
        back(planId),
        false,
        null,
        r,
        () -> {
          BankAccount account;
          try {
            account =
                new BankAccount(
                    bankCode,
                    bankName,
                    branchCode,
                    branchName,
                    accountType,
                    accountNumber,
                    holderKana);
          } catch (IllegalArgumentException e) {
            throw new RuleViolationException(
                HttpStatus.UNPROCESSABLE_ENTITY, "payment.account-invalid", e.getMessage());
          }
          payments.request(planId, agreementId, account, actor(auth));
        });
  }

  @Audited(
      value = "payment.approve",
      subject = {"planId", "paymentId"})
  @PostMapping("/cases/{planId}/payments/{paymentId}/approve")
  String approve(
      @PathVariable String planId,
      @PathVariable String paymentId,
      @RequestParam(required = false) Boolean confirm,
      Authentication auth,
      RedirectAttributes r) {
    return actions.run(
        back(planId), true, confirm, r, () -> payments.approve(planId, paymentId, actor(auth)));
  }

  @Audited(
      value = "payment.disburse",
      subject = {"planId", "paymentId"})
  @PostMapping("/cases/{planId}/payments/{paymentId}/disburse")
  String disburse(
      @PathVariable String planId,
      @PathVariable String paymentId,
      @RequestParam(required = false) Boolean confirm,
      Authentication auth,
      RedirectAttributes r) {
    return actions.run(
        back(planId), true, confirm, r, () -> payments.disburse(planId, paymentId, actor(auth)));
  }

  @Audited(
      value = "refund.confirm",
      subject = {"planId", "institutionId"})
  @PostMapping("/cases/{planId}/settlements/{institutionId}/refund-received")
  String refund(
      @PathVariable String planId,
      @PathVariable String institutionId,
      @RequestParam(required = false) Boolean confirm,
      Authentication auth,
      RedirectAttributes r) {
    return actions.run(
        back(planId),
        true,
        confirm,
        r,
        () -> settlements.confirmRefund(planId, institutionId, actor(auth)));
  }

  private static String back(String planId) {
    return "/cases/" + planId;
  }

  static List<MultipartFile> nonEmpty(List<MultipartFile> files) {
    return files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
  }
}
