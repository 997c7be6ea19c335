package nexus.alumni.membership.web;

import nexus.alumni.membership.MemberDocument;
import org.springframework.ui.Model;

/**
 * A part of the member's home page another feature fills in (announcements, gatherings, bridges),
 * so that membership need not know those features.
 */
public interface HomeSection {

  /** Adds the section's model attributes for the member. */
  void addTo(MemberDocument member, Model model);
}
