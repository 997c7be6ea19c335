package nexus.reporting.activity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nexus.reporting.activity.domain.Consent;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How an activity report is stored: the host's text in both languages, photos (content in GridFS),
 * consents, and what the catalogue filters by (copied from the plan when the report is written).
 */
@Document("activity_reports")
@CompoundIndex(name = "catalogue", def = "{'status': 1, 'fiscalYear': -1, 'publishedAt': -1}")
class ActivityReportDocument {
  @Id String id;

  @Indexed(unique = true)
  String planId;

  String hostInstitutionId;
  String hostInstitutionName;
  String institutionType;
  String course;
  String field;
  int fiscalYear;
  List<String> countries = new ArrayList<>();
  String titleJa;
  String titleEn;
  String bodyJa;
  String bodyEn;
  List<Consent> consents = new ArrayList<>();
  List<Photo> photos = new ArrayList<>();
  String status;
  Instant updatedAt;
  Instant publishedAt;
  String publishedBy;
  // when someone named or pictured in it was last erased (their name replaced, taken off the site)
  Instant erasedAt;

  /** A photo: GridFS id, checked media type, captions, who it pictures. */
  public record Photo(
      String id, String mediaType, String captionJa, String captionEn, List<String> pictured) {}
}
