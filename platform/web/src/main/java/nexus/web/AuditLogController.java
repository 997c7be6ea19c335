package nexus.web;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The service's audit trail for its staff and admin ({@code /ops/**} and {@code /api/ops/**} are
 * theirs only): who read or decided what, when, with which outcome. Read only.
 */
@Controller
@ConditionalOnWebApplication
class AuditLogController {

  private static final int MAX_PAGE_SIZE = 200;
  private final MongoAuditTrail trail;

  AuditLogController(MongoAuditTrail trail) {
    this.trail = trail;
  }

  /** A page of entries, newest first. */
  record AuditPage(List<AuditTrail.Entry> items, int page, int size, long total) {}

  @GetMapping("/api/ops/audit")
  @ResponseBody
  AuditPage api(
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String subject,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new ErrorResponseException(
          HttpStatus.BAD_REQUEST,
          ProblemDetail.forStatusAndDetail(
              HttpStatus.BAD_REQUEST, "page >= 0 and 1 <= size <= " + MAX_PAGE_SIZE),
          null);
    }
    return new AuditPage(
        trail.find(actor, action, subject, page, size),
        page,
        size,
        trail.count(actor, action, subject));
  }

  @GetMapping("/ops/audit")
  String page(
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String subject,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    int current = Math.max(page, 0);
    long total = trail.count(actor, action, subject);
    model.addAttribute("entries", trail.find(actor, action, subject, current, 50));
    model.addAttribute("actor", actor);
    model.addAttribute("action", action);
    model.addAttribute("subject", subject);
    model.addAttribute("page", current);
    model.addAttribute("total", total);
    model.addAttribute("hasNext", (long) (current + 1) * 50 < total);
    return "nexus/ops/audit";
  }
}
