package nexus.reporting.activity.web;

import java.util.Locale;
import nexus.reporting.activity.ActivityReports;
import nexus.reporting.activity.ActivityReports.CatalogueFilter;
import nexus.reporting.activity.PublicReportView;
import nexus.web.NotFoundException;
import nexus.web.Paging;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public catalogue of published activity reports: no login (service path {@code /public/**}),
 * Japanese and English ({@code ?lang=}), filtered by fiscal year, host institution, invited
 * country, institution type and course, and a free text in the titles; 20 a page; each report with
 * its own page and its photos.
 */
@Controller
class PublicCatalogue {

  static final int PAGE_SIZE = 20;
  private final ActivityReports reports;

  PublicCatalogue(ActivityReports reports) {
    this.reports = reports;
  }

  @GetMapping("/public/reports")
  String catalogue(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String host,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String course,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    CatalogueFilter filter =
        new CatalogueFilter(
            year,
            blankToNull(host),
            blankToNull(country),
            blankToNull(type),
            blankToNull(course),
            blankToNull(q));
    model.addAttribute("filter", filter);
    model.addAttribute("reports", search(filter, page));
    model.addAttribute("facets", reports.facets());
    model.addAttribute("lang", language());
    return "activity/catalogue";
  }

  @GetMapping(value = "/public/api/reports", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  Page<PublicReportView> catalogueJson(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String host,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String course,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page) {
    return search(
        new CatalogueFilter(
            year,
            blankToNull(host),
            blankToNull(country),
            blankToNull(type),
            blankToNull(course),
            blankToNull(q)),
        page);
  }

  private Page<PublicReportView> search(CatalogueFilter filter, int page) {
    return reports.catalogue(
        filter,
        Paging.of(
            page,
            PAGE_SIZE,
            Sort.by("fiscalYear").descending().and(Sort.by("publishedAt").descending())));
  }

  @GetMapping("/public/reports/{id}")
  String report(@PathVariable String id, Model model) {
    model.addAttribute("report", reports.published(id));
    model.addAttribute("lang", language());
    return "activity/public-report";
  }

  @GetMapping("/public/reports/{id}/photos/{photoId}")
  @ResponseBody
  ResponseEntity<byte[]> photo(@PathVariable String id, @PathVariable String photoId) {
    return reports
        .photo(id, photoId, true)
        .map(
            p ->
                ResponseEntity.ok()
                    .cacheControl(CacheControl.noCache())
                    .header("X-Content-Type-Options", "nosniff")
                    .contentType(MediaType.parseMediaType(p.mediaType()))
                    .body(p.bytes()))
        .orElseThrow(() -> new NotFoundException("photo " + photoId));
  }

  private static String language() {
    return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage())
        ? "en"
        : "ja";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
