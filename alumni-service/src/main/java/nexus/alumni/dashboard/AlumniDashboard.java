package nexus.alumni.dashboard;

import nexus.alumni.membership.Members;
import nexus.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Alumni staff's dashboard: how many members the association has, newest first. */
@Controller
@PreAuthorize("hasAnyRole('staff-alumni','admin')")
class AlumniDashboard {

  private final Members members;

  AlumniDashboard(Members members) {
    this.members = members;
  }

  @GetMapping("/dashboard")
  String dashboard(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute(
        "members", members.page(Paging.of(page, 50, Sort.by("enrolledAt").descending())));
    return "dashboard/index";
  }
}
