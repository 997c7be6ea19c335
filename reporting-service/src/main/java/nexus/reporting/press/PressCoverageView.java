package nexus.reporting.press;

import java.time.Instant;
import java.time.LocalDate;

/** A piece of press coverage as the pages and the API show it. */
public record PressCoverageView(
    String id,
    String planId,
    String callId,
    String planTitle,
    String hostInstitutionName,
    String institutionId,
    String medium,
    String outlet,
    String title,
    LocalDate publishedOn,
    String url,
    String note,
    Instant reportedAt) {

  static PressCoverageView of(PressCoverageDocument d) {
    return new PressCoverageView(
        d.id,
        d.planId,
        d.callId,
        d.planTitle,
        d.hostInstitutionName,
        d.institutionId,
        d.medium,
        d.outlet,
        d.title,
        d.publishedOn,
        d.url,
        d.note,
        d.reportedAt);
  }
}
