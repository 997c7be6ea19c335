package nexus.alumni.announcement.web;

import nexus.alumni.announcement.Announcements;
import nexus.alumni.membership.MemberDocument;
import nexus.alumni.membership.web.HomeSection;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The latest announcements on the member's home page. */
@Component
class AnnouncementSection implements HomeSection {

  private final Announcements announcements;

  AnnouncementSection(Announcements announcements) {
    this.announcements = announcements;
  }

  @Override
  public void addTo(MemberDocument member, Model model) {
    model.addAttribute("announcements", announcements.forMember(member.id, 10));
  }
}
