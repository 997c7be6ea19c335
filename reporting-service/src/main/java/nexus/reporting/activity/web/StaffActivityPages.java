package nexus.reporting.activity.web;

import nexus.reporting.activity.ActivityReports;
import nexus.reporting.activity.PublicationRefusedException;
import nexus.web.Audited;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import nexus.web.Paging;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Staff review activity reports and publish them; a refusal is shown beside the button. */
@Controller
@PreAuthorize("hasAnyRole('staff-reporting','admin')")
class StaffActivityPages {

  private final ActivityReports reports;
  private final MessageSource messages;

  StaffActivityPages(ActivityReports reports, MessageSource messages) {
    this.reports = reports;
    this.messages = messages;
  }

  @GetMapping("/activity-reports")
  String list(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute(
        "reports", reports.forStaff(null, Paging.of(page, 50, Sort.by("updatedAt").descending())));
    return "activity/staff-list";
  }

  @GetMapping("/activity-reports/{id}")
  String one(@PathVariable String id, Model model) {
    model.addAttribute("report", reports.one(id));
    model.addAttribute(
        "problems",
        PublicationProblems.describe(
            reports.problems(id), messages, LocaleContextHolder.getLocale()));
    return "activity/staff-detail";
  }

  @PostMapping("/activity-reports/{id}/publish")
  @Audited("activity-report.publish")
  String publish(
      @PathVariable String id,
      Authentication auth,
      Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    try {
      reports.publish(id, CurrentUser.of(auth));
      return "redirect:/activity-reports/" + id;
    } catch (PublicationRefusedException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("report", reports.one(id));
      model.addAttribute(
          "problems",
          PublicationProblems.describe(e.problems(), messages, LocaleContextHolder.getLocale()));
      model.addAttribute("refused", true);
      return "activity/staff-detail";
    }
  }

  @PostMapping("/activity-reports/{id}/unpublish")
  @Audited("activity-report.unpublish")
  String unpublish(@PathVariable String id) {
    reports.unpublish(id);
    return "redirect:/activity-reports/" + id;
  }

  @GetMapping("/activity-reports/{id}/photos/{photoId}")
  @ResponseBody
  ResponseEntity<byte[]> photo(@PathVariable String id, @PathVariable String photoId) {
    return reports
        .photo(id, photoId, false)
        .map(
            p ->
                ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(p.mediaType()))
                    .body(p.bytes()))
        .orElseThrow(() -> new NotFoundException("photo " + photoId));
  }
}
