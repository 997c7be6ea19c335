package nexus.contract.casefile.web;

import static nexus.contract.casefile.web.Requests.actor;
import static nexus.contract.casefile.web.Requests.requireConfirmed;

import jakarta.validation.Valid;
import java.util.List;
import nexus.contract.casefile.CaseSteps;
import nexus.contract.casefile.CaseThread;
import nexus.contract.casefile.ContractCases;
import nexus.contract.casefile.domain.ContractCase;
import nexus.web.Audited;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The funded institutions' API: their cases, agreements and PDFs, payment status, work plan and
 * amendments (host only), signatures (each institution its own agreement). Another institution's
 * case or agreement does not exist for them (404).
 */
@RestController
@RequestMapping("/api/my/cases")
@PreAuthorize("hasAnyRole('applicant','partner')")
class ApplicantCaseApi {

  private final ContractCases cases;
  private final CaseSteps steps;
  private final CaseThread thread;

  ApplicantCaseApi(ContractCases cases, CaseSteps steps, CaseThread thread) {
    this.thread = thread;
    this.cases = cases;
    this.steps = steps;
  }

  @GetMapping
  List<CaseView> mine(Authentication auth) {
    return cases.ofInstitution(institution(auth)).stream()
        .map(c -> CaseView.forInstitution(c, institution(auth)))
        .toList();
  }

  @GetMapping("/{planId}")
  CaseView one(@PathVariable String planId, Authentication auth) {
    return CaseView.forInstitution(
        cases.ofInstitution(planId, institution(auth)), institution(auth));
  }

  @PostMapping("/{planId}/messages")
  CaseView post(
      @PathVariable String planId,
      @RequestParam(required = false) String text,
      @RequestParam(required = false) List<MultipartFile> files,
      Authentication auth) {
    hostCase(planId, auth);
    thread.post(planId, actor(auth).name(), false, text, ThreadFiles.uploads(files));
    return one(planId, auth);
  }

  @GetMapping("/{planId}/attachments/{fileId}")
  ResponseEntity<Resource> attachment(
      @PathVariable String planId, @PathVariable String fileId, Authentication auth) {
    Resource file = thread.attachment(hostCase(planId, auth), fileId);
    return ThreadFiles.download(file, file instanceof GridFsResource g ? g.getContentType() : null);
  }

  @Audited("work-plan.submit")
  @PutMapping("/{planId}/work-plan")
  CaseView submitWorkPlan(
      @PathVariable String planId,
      @Valid @RequestBody Requests.WorkPlanRequest r,
      Authentication auth) {
    hostCase(planId, auth);
    steps.submitWorkPlan(
        planId, r.budget().toBudget(), r.start(), r.end(), people(r.participants()), actor(auth));
    return one(planId, auth);
  }

  @Audited("amendment.request")
  @PostMapping("/{planId}/amendments")
  CaseView requestAmendment(
      @PathVariable String planId,
      @Valid @RequestBody Requests.AmendmentRequest r,
      Authentication auth) {
    hostCase(planId, auth);
    steps.requestAmendment(
        planId,
        r.budget().toBudget(),
        r.start(),
        r.end(),
        people(r.participants()),
        r.reason(),
        actor(auth));
    return one(planId, auth);
  }

  @GetMapping("/{planId}/agreements/{agreementId}/pdf")
  ResponseEntity<byte[]> agreementPdf(
      @PathVariable String planId, @PathVariable String agreementId, Authentication auth) {
    ContractCase c = cases.ofInstitution(planId, institution(auth));
    ownAgreement(c, agreementId, auth);
    return AgreementFiles.pdf(c, agreementId);
  }

  @Audited(
      value = "agreement.sign",
      subject = {"planId", "agreementId"})
  @PostMapping("/{planId}/agreements/{agreementId}/signature")
  CaseView sign(
      @PathVariable String planId,
      @PathVariable String agreementId,
      @Valid @RequestBody Requests.SignatureRequest s,
      Authentication auth) {
    ownAgreement(cases.ofInstitution(planId, institution(auth)), agreementId, auth);
    requireConfirmed(s.confirm());
    steps.signAsInstitution(planId, agreementId, s.sha256(), actor(auth));
    return one(planId, auth);
  }

  @GetMapping("/{planId}/settlement/notice")
  ResponseEntity<byte[]> refundNotice(@PathVariable String planId, Authentication auth) {
    return AgreementFiles.notice(cases.ofInstitution(planId, institution(auth)), institution(auth));
  }

  private ContractCase hostCase(String planId, Authentication auth) {
    ContractCase c = cases.ofInstitution(planId, institution(auth));
    if (!c.hostInstitutionId().equals(institution(auth))) {
      throw new NotFoundException("work plan of " + planId);
    }
    return c;
  }

  private static void ownAgreement(ContractCase c, String agreementId, Authentication auth) {
    boolean own =
        c.agreements().stream()
            .anyMatch(
                a ->
                    a.agreementId().equals(agreementId)
                        && a.institutionId().equals(institution(auth)));
    if (!own) {
      throw new NotFoundException("agreement " + agreementId);
    }
  }

  private static String institution(Authentication auth) {
    String id = CurrentUser.of(auth).institutionId();
    if (id == null) {
      throw new NotFoundException("no institution");
    }
    return id;
  }

  private static List<String> people(List<String> participants) {
    return participants == null ? List.of() : participants;
  }
}
