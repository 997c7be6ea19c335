package nexus.reporting.obligation.web;

import jakarta.validation.constraints.Size;
import nexus.reporting.obligation.ObligationView;
import nexus.reporting.obligation.Obligations;
import nexus.web.NotFoundException;
import nexus.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reporting staff's API over reporting obligations (with due dates and overdue flags). */
@RestController
@RequestMapping("/api/obligations")
@PreAuthorize("hasAnyRole('staff-reporting','admin')")
class ObligationApi {

  private final Obligations obligations;

  ObligationApi(Obligations obligations) {
    this.obligations = obligations;
  }

  @GetMapping
  Page<ObligationView> page(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return obligations.page(Paging.of(page, size, Obligations.NEWEST_SIGNED));
  }

  @GetMapping("/{planId}")
  ObligationView one(@PathVariable String planId) {
    return obligations.one(planId).orElseThrow(() -> new NotFoundException("obligation " + planId));
  }

  /** A staff decision on a report: accept, or return with a comment. */
  record Decision(boolean accept, @Size(max = 4000) String comment) {}
}
