package nexus.alumni.bridge;

import java.util.List;
import nexus.alumni.membership.AccessLog;
import nexus.alumni.membership.MemberDocument;
import nexus.alumni.membership.web.HomeSection;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Suggestions on the member's home page (the suggested members are in the access log). */
@Component
class BridgeSection implements HomeSection {

  private final Bridges bridges;
  private final AccessLog accessLog;

  BridgeSection(Bridges bridges, AccessLog accessLog) {
    this.bridges = bridges;
    this.accessLog = accessLog;
  }

  @Override
  public void addTo(MemberDocument member, Model model) {
    List<Bridges.Bridge> suggested = bridges.suggest(member, LocaleContextHolder.getLocale(), 10);
    accessLog.listed(
        member.subject, suggested.stream().map(Bridges.Bridge::memberId).toList(), "bridges-page");
    model.addAttribute("bridges", suggested);
  }
}
