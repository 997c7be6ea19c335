package nexus.alumni.bridge;

import nexus.alumni.membership.MemberDocument;
import nexus.alumni.membership.web.HomeSection;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Suggestions on the member's home page. */
@Component
class BridgeSection implements HomeSection {

  private final Bridges bridges;

  BridgeSection(Bridges bridges) {
    this.bridges = bridges;
  }

  @Override
  public void addTo(MemberDocument member, Model model) {
    model.addAttribute("bridges", bridges.suggest(member, LocaleContextHolder.getLocale(), 10));
  }
}
