package nexus.reporting.press;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** How a piece of press coverage is stored, with the plan facts staff filter and export by. */
@Document("press_coverage")
class PressCoverageDocument {
  @Id String id;
  String planId;
  String callId;
  String planTitle;
  String hostInstitutionName;
  String institutionId;
  String medium;
  String outlet;
  String title;
  LocalDate publishedOn;
  String url;
  String note;
  String reportedBy;
  Instant reportedAt;
}
