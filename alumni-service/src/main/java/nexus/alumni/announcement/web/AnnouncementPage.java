package nexus.alumni.announcement.web;

import java.util.Arrays;
import nexus.alumni.announcement.AnnouncementForm;
import nexus.alumni.announcement.Announcements;
import nexus.alumni.membership.domain.Region;
import nexus.alumni.membership.domain.Segment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff write announcements to a segment and see what was sent. */
@Controller
@PreAuthorize("hasAnyRole('staff-alumni','admin')")
class AnnouncementPage {

  private final Announcements announcements;

  AnnouncementPage(Announcements announcements) {
    this.announcements = announcements;
  }

  @GetMapping("/staff/announcements")
  String page(Model model) {
    model.addAttribute(
        "announcements", announcements.all().stream().map(AnnouncementApi.Published::of).toList());
    model.addAttribute("regions", Region.values());
    return "announcements/staff";
  }

  @PostMapping("/staff/announcements")
  String publish(
      @RequestParam String titleJa,
      @RequestParam String titleEn,
      @RequestParam String bodyJa,
      @RequestParam String bodyEn,
      @RequestParam(defaultValue = "") String countries,
      @RequestParam(required = false) Region region,
      @RequestParam(required = false) String field,
      @RequestParam(required = false) Integer callYear,
      Model model) {
    if (titleJa.isBlank() || titleEn.isBlank() || bodyJa.isBlank() || bodyEn.isBlank()) {
      model.addAttribute("formError", "announcement.form.invalid");
      return page(model);
    }
    announcements.publish(
        new AnnouncementForm(
            titleJa,
            titleEn,
            bodyJa,
            bodyEn,
            new Segment(Arrays.asList(countries.split("[,\\s]+")), region, field, callYear)));
    return "redirect:/staff/announcements?published";
  }
}
