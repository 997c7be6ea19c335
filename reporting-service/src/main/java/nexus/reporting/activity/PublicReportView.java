package nexus.reporting.activity;

import java.time.Instant;
import java.util.List;

/**
 * A published activity report as the public sees it (catalogue, report page, public API): the
 * report and its photos' captions only. Who consented or refused, who confirmed it and who is
 * pictured stay with the host and staff ({@link ActivityReportView}).
 */
public record PublicReportView(
    String id,
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
    List<Photo> photos,
    Instant publishedAt) {

  /** A published photo: its caption, not the people in it. */
  public record Photo(String id, String mediaType, String captionJa, String captionEn) {}

  static PublicReportView of(ActivityReportDocument d) {
    return new PublicReportView(
        d.id,
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
        d.photos.stream()
            .map(p -> new Photo(p.id(), p.mediaType(), p.captionJa(), p.captionEn()))
            .toList(),
        d.publishedAt);
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
