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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The directory for members and alumni staff; every profile read or listed is logged. */
@RestController
@RequestMapping("/api/directory")
@PreAuthorize("hasAnyRole('alumnus','staff-alumni','admin')")
class DirectoryApi {

  static final int MEMBER_MAX_PAGE = 50;

  private final Directory directory;
  private final AccessLog accessLog;

  DirectoryApi(Directory directory, AccessLog accessLog) {
    this.directory = directory;
    this.accessLog = accessLog;
  }

  @GetMapping
  Page<Profile> search(
      Authentication auth,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) String field,
      @RequestParam(required = false) String institution,
      @RequestParam(required = false) Integer callYear,
      @RequestParam(required = false) String course,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    Audience audience = Viewer.audienceOf(auth);
    // no bulk export for members: their pages stay small
    int limited = audience == Audience.STAFF ? size : Math.min(size, MEMBER_MAX_PAGE);
    Page<Profile> results =
        directory.search(
            new DirectoryQuery(country, field, institution, callYear, course),
            audience,
            Paging.of(page, limited, Sort.by("name")));
    accessLog.listed(
        Viewer.subjectOf(auth),
        results.getContent().stream().map(Profile::id).toList(),
        "directory-search-api");
    return results;
  }

  @GetMapping("/{id}")
  @Audited("alumni.profile.read")
  Profile one(Authentication auth, @PathVariable String id) {
    Profile profile =
        directory
            .profile(id, Viewer.audienceOf(auth))
            .orElseThrow(() -> new NotFoundException("member " + id));
    accessLog.read(Viewer.subjectOf(auth), id, "directory-api");
    return profile;
  }
}
