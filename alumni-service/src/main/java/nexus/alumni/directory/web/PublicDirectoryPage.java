package nexus.alumni.directory.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nexus.alumni.directory.Directory;
import nexus.alumni.directory.DirectoryQuery;
import nexus.alumni.membership.AccessLog;
import nexus.alumni.membership.Profile;
import nexus.alumni.membership.domain.Audience;
import nexus.web.NotFoundException;
import nexus.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public directory, without a login: listed members who made at least one field public, with
 * only their public fields; a filter matches only a public value. Rows are in id order, not by
 * name, so that the order reveals nothing of a hidden name. Every member shown is access-logged.
 */
@Controller
class PublicDirectoryPage {

  static final int PAGE_SIZE = 20;
  static final String ANONYMOUS = "anonymous";

  private final Directory directory;
  private final AccessLog accessLog;

  PublicDirectoryPage(Directory directory, AccessLog accessLog) {
    this.directory = directory;
    this.accessLog = accessLog;
  }

  @GetMapping("/public/members")
  String search(
      @RequestParam(required = false) String country,
      @RequestParam(required = false) String field,
      @RequestParam(required = false) String institution,
      @RequestParam(required = false) String callYear,
      @RequestParam(required = false) String course,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (given(country) && !country.strip().matches("[A-Za-z]{2}")) {
      errors.put("country", "directory.country.invalid");
    }
    if (given(callYear) && !callYear.strip().matches("(19|20|21)\\d\\d")) {
      errors.put("callYear", "directory.callYear.invalid");
    }
    Integer year = given(callYear) && errors.isEmpty() ? Integer.valueOf(callYear.strip()) : null;
    DirectoryQuery query = new DirectoryQuery(country, field, institution, year, course);
    Page<Profile> results =
        errors.isEmpty()
            ? directory.search(query, Audience.PUBLIC, Paging.of(page, PAGE_SIZE, Sort.by("_id")))
            : new PageImpl<>(List.of(), PageRequest.of(0, PAGE_SIZE), 0);
    accessLog.listed(
        ANONYMOUS, results.getContent().stream().map(Profile::id).toList(), "public-directory");
    model.addAttribute("query", query);
    model.addAttribute("callYear", callYear);
    model.addAttribute("errors", errors);
    model.addAttribute("results", results);
    return "directory/public";
  }

  /** What a listed member made public, for anyone; 404 when they made nothing public. */
  @GetMapping("/public/members/{id}")
  String profile(@PathVariable String id, Model model) {
    model.addAttribute(
        "profile",
        directory
            .profile(id, Audience.PUBLIC)
            .orElseThrow(() -> new NotFoundException("member " + id)));
    model.addAttribute("publicView", true);
    accessLog.read(ANONYMOUS, id, "public-page");
    return "directory/profile";
  }

  private static boolean given(String s) {
    return s != null && !s.isBlank();
  }
}
