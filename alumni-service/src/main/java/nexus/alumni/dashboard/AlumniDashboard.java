package nexus.alumni.dashboard;

import nexus.alumni.membership.AccessLog;
import nexus.alumni.membership.Claims;
import nexus.alumni.membership.MemberView;
import nexus.alumni.membership.Members;
import nexus.web.Audited;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import nexus.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Alumni staff's dashboard: members by country, field and call year, claim rate, opt-outs,
 * undeliverable e-mails, gathering attendance, and the members, newest first (the members a page
 * shows are in the access log).
 */
@Controller
@PreAuthorize("hasAnyRole('staff-alumni','admin')")
class AlumniDashboard {

  private final Members members;
  private final AlumniStatistics statistics;
  private final Claims claims;
  private final AccessLog accessLog;

  AlumniDashboard(
      Members members, AlumniStatistics statistics, Claims claims, AccessLog accessLog) {
    this.members = members;
    this.statistics = statistics;
    this.claims = claims;
    this.accessLog = accessLog;
  }

  @GetMapping("/dashboard")
  String dashboard(Authentication auth, @RequestParam(defaultValue = "0") int page, Model model) {
    Page<MemberView> shown = members.page(Paging.of(page, 50, Sort.by("enrolledAt").descending()));
    accessLog.listed(
        CurrentUser.of(auth).subject(),
        shown.getContent().stream().map(MemberView::id).toList(),
        "staff-dashboard");
    model.addAttribute("figures", statistics.compute());
    model.addAttribute("members", shown);
    return "dashboard/index";
  }

  /** Sends the claim invitation again from the dashboard (e.g. the link expired). */
  @PostMapping("/staff/members/{id}/invitation")
  @Audited("alumni.member.reinvite")
  String reinvite(@PathVariable String id) {
    members.one(id).orElseThrow(() -> new NotFoundException("member " + id));
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
