package nexus.alumni.dashboard;

import nexus.alumni.membership.Members;
import nexus.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Alumni staff's dashboard: members by country, field and call year, claim rate, opt-outs,
 * undeliverable e-mails, gathering attendance, and the members, newest first.
 */
@Controller
@PreAuthorize("hasAnyRole('staff-alumni','admin')")
class AlumniDashboard {

  private final Members members;
  private final AlumniStatistics statistics;
  private final nexus.alumni.membership.Claims claims;

  AlumniDashboard(
      Members members, AlumniStatistics statistics, nexus.alumni.membership.Claims claims) {
    this.members = members;
    this.statistics = statistics;
    this.claims = claims;
  }

  @GetMapping("/dashboard")
  String dashboard(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("figures", statistics.compute());
    model.addAttribute(
        "members", members.page(Paging.of(page, 50, Sort.by("enrolledAt").descending())));
    return "dashboard/index";
  }

  /** Sends the claim invitation again from the dashboard (e.g. the link expired). */
  @org.springframework.web.bind.annotation.PostMapping("/staff/members/{id}/invitation")
  @nexus.web.Audited("alumni.member.reinvite")
  String reinvite(@org.springframework.web.bind.annotation.PathVariable String id) {
    members.one(id).orElseThrow(() -> new nexus.web.NotFoundException("member " + id));
    return claims.reinvite(id)
        ? "redirect:/dashboard?reinvited"
        : "redirect:/dashboard?notReinvited";
  }

  @GetMapping("/api/dashboard")
  @ResponseBody
  AlumniStatistics.Figures figures() {
    return statistics.compute();
  }
}
