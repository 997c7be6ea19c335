package nexus.reporting.activity;

import java.time.Instant;
import java.util.List;
import nexus.reporting.activity.domain.Consent;

/** An activity report as the host, staff and (once published) the public see it. */
public record ActivityReportView(
    String id,
    String planId,
    String hostInstitutionId,
    String hostInstitutionName,
    String institutionType,
    String course,
    String field,
    int fiscalYear,
    List<String> countries,
    String titleJa,
    String titleEn,
    String bodyJa,
    String bodyEn,
    List<Consent> consents,
    List<ActivityReportDocument.Photo> photos,
    String status,
    Instant publishedAt,
    Instant erasedAt) {

  static ActivityReportView of(ActivityReportDocument d) {
    return new ActivityReportView(
        d.id,
        d.planId,
        d.hostInstitutionId,
        d.hostInstitutionName,
        d.institutionType,
        d.course,
        d.field,
        d.fiscalYear,
        List.copyOf(d.countries),
        d.titleJa,
        d.titleEn,
        d.bodyJa,
        d.bodyEn,
        List.copyOf(d.consents),
        List.copyOf(d.photos),
        d.status,
        d.publishedAt,
        d.erasedAt);
  }

  /** The title in a language. */
  public String title(String language) {
    return "en".equals(language) ? titleEn : titleJa;
  }

  /** The text in a language. */
  public String body(String language) {
    return "en".equals(language) ? bodyEn : bodyJa;
  }
}
