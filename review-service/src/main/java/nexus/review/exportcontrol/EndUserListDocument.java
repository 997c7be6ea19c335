package nexus.review.exportcontrol;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nexus.review.exportcontrol.domain.EndUserEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The end user list in force: one document, replaced by each upload. */
@Document("end_user_list")
class EndUserListDocument {
  static final String CURRENT = "current";

  @Id String id = CURRENT;
  String version;
  String fileName;
  String uploadedBy;
  Instant uploadedAt;
  List<EndUserEntry> entries = new ArrayList<>();
}
