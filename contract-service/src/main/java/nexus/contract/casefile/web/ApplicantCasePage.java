package nexus.contract.casefile.web;

import static nexus.contract.casefile.web.Requests.actor;

import java.time.LocalDate;
import java.util.List;
import nexus.contract.casefile.CaseSteps;
import nexus.contract.casefile.CaseThread;
import nexus.contract.casefile.ContractCases;
import nexus.contract.casefile.domain.Budget;
import nexus.contract.casefile.domain.CaseRefusedException;
import nexus.contract.casefile.domain.ContractCase;
import nexus.contract.casefile.domain.WorkPlan;
import nexus.web.Audited;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
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

/**
 * The funded institutions' pages: their cases, agreements with PDFs and signature, payment status,
 * amendments, the thread (host), settlement. Other institutions' cases are not found.
 */
@Controller
@PreAuthorize("hasAnyRole('applicant','partner')")
class ApplicantCasePage {

  private final ContractCases cases;
  private final CaseSteps steps;
  private final CaseThread thread;
  private final PageActions actions;

  ApplicantCasePage(ContractCases cases, CaseSteps steps, CaseThread thread, PageActions actions) {
    this.cases = cases;
    this.steps = steps;
    this.thread = thread;
    this.actions = actions;
  }

  @GetMapping("/my/cases")
  String list(Authentication auth, Model model) {
    model.addAttribute(
        "cases",
        cases.ofInstitution(institution(auth)).stream()
            .map(c -> CaseView.forInstitution(c, institution(auth)))
            .toList());
    return "cases/mine";
  }

  @GetMapping("/my/cases/{planId}")
  String page(@PathVariable String planId, Authentication auth, Model model) {
    ContractCase c = cases.ofInstitution(planId, institution(auth));
    model.addAttribute("c", CaseView.forInstitution(c, institution(auth)));
    model.addAttribute("institutionId", institution(auth));
    model.addAttribute("host", c.hostInstitutionId().equals(institution(auth)));
    return "cases/applicant";
  }

  @Audited(
      value = "agreement.sign",
      subject = {"planId", "agreementId"})
  @PostMapping("/my/cases/{planId}/agreements/{agreementId}/sign")
  String sign(
      @PathVariable String planId,
      @PathVariable String agreementId,
      @RequestParam(required = false) String sha256,
      @RequestParam(required = false) Boolean confirm,
      Authentication auth,
      RedirectAttributes r) {
    ContractCase c = cases.ofInstitution(planId, institution(auth));
    if (c.agreements().stream()
        .noneMatch(
            a ->
                a.agreementId().equals(agreementId)
                    && a.institutionId().equals(institution(auth)))) {
      throw new NotFoundException("agreement " + agreementId);
    }
    return actions.run(
        "/my/cases/" + planId,
        true,
        confirm,
        r,
        () -> steps.signAsInstitution(planId, agreementId, sha256, actor(auth)));
  }

  /** The host submits the work plan, or asks for an amendment once it is approved. */
  @Audited("work-plan.submit")
  @PostMapping("/my/cases/{planId}/work-plan")
  String workPlan(
      @PathVariable String planId,
      @RequestParam long suppliesJpy,
      @RequestParam long honorariaJpy,
      @RequestParam long travelJpy,
      @RequestParam long otherJpy,
      @RequestParam long indirectJpy,
      @RequestParam LocalDate start,
      @RequestParam LocalDate end,
      @RequestParam(required = false) String participants,
      @RequestParam(required = false) String reason,
      Authentication auth,
      RedirectAttributes r) {
    ContractCase c = cases.ofInstitution(planId, institution(auth));
    if (!c.hostInstitutionId().equals(institution(auth))) {
      throw new NotFoundException("work plan of " + planId);
    }
    List<String> people =
        participants == null
            ? List.of()
            : participants.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    return actions.run(
        "/my/cases/" + planId,
        false,
        null,
        r,
        () -> {
          Budget budget;
          try {
            budget = new Budget(suppliesJpy, honorariaJpy, travelJpy, otherJpy, indirectJpy);
          } catch (CaseRefusedException e) {
            throw new RuleViolationException(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
          }
          if (c.workPlan().status() == WorkPlan.Status.APPROVED) {
            steps.requestAmendment(
                planId,
                budget,
                start,
                end,
                people,
                reason == null || reason.isBlank() ? "-" : reason,
                actor(auth));
          } else {
            steps.submitWorkPlan(planId, budget, start, end, people, actor(auth));
          }
        });
  }

  @PostMapping("/my/cases/{planId}/messages")
  String post(
      @PathVariable String planId,
      @RequestParam(required = false) String text,
      @RequestParam(required = false) List<MultipartFile> files,
      Authentication auth,
      RedirectAttributes r) {
    ContractCase c = cases.ofInstitution(planId, institution(auth));
    if (!c.hostInstitutionId().equals(institution(auth))) {
      throw new NotFoundException("thread of " + planId);
    }
    return actions.run(
        "/my/cases/" + planId,
        false,
        null,
        r,
        () ->
            thread.post(
                planId,
                actor(auth).name(),
                false,
                text,
                ThreadFiles.uploads(StaffCasePage.nonEmpty(files))));
  }

  private static String institution(Authentication auth) {
    String id = CurrentUser.of(auth).institutionId();
    if (id == null) {
      throw new NotFoundException("no institution");
    }
    return id;
  }
}
