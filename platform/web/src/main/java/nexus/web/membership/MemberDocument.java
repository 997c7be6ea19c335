package nexus.web.membership;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One membership as intake announced it, by intake's member id; {@code leftAt} set once it ended. A
 * {@code member.left} that overtook its {@code member.joined} leaves a document with {@code leftAt}
 * only, which the late join completes but never revives.
 */
@Document(InstitutionMembers.COLLECTION)
class MemberDocument {
  @Id String memberId;
  String subjectKey;
  String institutionId;
  String institutionName;
  String institutionType;
  String role;
  Instant joinedAt;
  Instant leftAt;
}
