package nexus.contract.casefile.web;

import nexus.contract.casefile.domain.Agreement;
import nexus.contract.casefile.domain.ContractCase;
import nexus.contract.casefile.domain.Settlement;
import nexus.web.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** PDF downloads: the exact stored bytes, with their SHA-256 in a header. */
final class AgreementFiles {

  private AgreementFiles() {}

  static ResponseEntity<byte[]> pdf(ContractCase c, String agreementId) {
    Agreement a =
        c.agreements().stream()
            .filter(x -> x.agreementId().equals(agreementId))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("agreement " + agreementId));
    if (a.pdf() == null) {
      throw new NotFoundException("agreement pdf " + agreementId);
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header("X-Content-SHA256", a.sha256())
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + agreementId + ".pdf\"")
        .body(a.pdf());
  }

  static ResponseEntity<byte[]> notice(ContractCase c, String institutionId) {
    byte[] pdf =
        c.settlement(institutionId)
            .map(Settlement::refundNotice)
            .orElseThrow(() -> new NotFoundException("refund notice " + institutionId));
    if (pdf == null) {
      throw new NotFoundException("refund notice " + institutionId);
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"refund-" + c.planId() + ".pdf\"")
        .body(pdf);
  }
}
