package nexus.alumni.directory.web;

import nexus.alumni.directory.Directory;
import nexus.alumni.directory.DirectoryQuery;
import nexus.alumni.membership.AccessLog;
import nexus.alumni.membership.Profile;
import nexus.alumni.membership.domain.Audience;
import nexus.web.Audited;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The directory pages; a profile not visible to the viewer is 404. Every profile opened and every
 * member a result page shows is in the access log.
 */
@Controller
class DirectoryPage {

  private final Directory directory;
  private final AccessLog accessLog;

  DirectoryPage(Directory directory, AccessLog accessLog) {
    this.directory = directory;
    this.accessLog = accessLog;
  }

  @GetMapping("/directory")
  @PreAuthorize("hasAnyRole('alumnus','staff-alumni','admin')")
  String search(
      Authentication auth,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) String field,
      @RequestParam(required = false) String institution,
      @RequestParam(required = false) Integer callYear,
      @RequestParam(required = false) String course,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    DirectoryQuery query = new DirectoryQuery(country, field, institution, callYear, course);
    Audience audience = Viewer.audienceOf(auth);
    model.addAttribute("query", query);
    model.addAttribute("staff", audience == Audience.STAFF);
    Page<Profile> results = directory.search(query, audience, Paging.of(page, 20, Sort.by("name")));
    accessLog.listed(
        Viewer.subjectOf(auth),
        results.getContent().stream().map(Profile::id).toList(),
        "directory-search-page");
    model.addAttribute("results", results);
    return "directory/search";
  }

  @GetMapping("/directory/{id}")
  @Audited("alumni.profile.read")
  @PreAuthorize("hasAnyRole('alumnus','staff-alumni','admin')")
  String profile(Authentication auth, @PathVariable String id, Model model) {
    model.addAttribute(
        "profile",
        directory
            .profile(id, Viewer.audienceOf(auth))
            .orElseThrow(() -> new NotFoundException("member " + id)));
    accessLog.read(Viewer.subjectOf(auth), id, "directory-page");
    return "directory/profile";
  }
}
