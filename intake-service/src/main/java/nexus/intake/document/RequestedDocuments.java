package nexus.intake.document;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nexus.intake.call.domain.DocumentRules;
import nexus.intake.call.domain.DocumentRules.DocumentKind;
import org.bson.Document;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Service;

/**
 * Documents sent in answer to one of review's requests, in a GridFS bucket of their own so that
 * they never replace the documents the plan was submitted with. Checked like those (size, format by
 * content), named by the call's convention; a kind the call does not know (review's {@code OTHER})
 * is named 追加資料.
 */
@Service
public class RequestedDocuments {

  static final DocumentKind ADDITIONAL =
      new DocumentKind("OTHER", "追加資料", "Additional document", "ON_REQUEST");

  private final GridFsTemplate gridFs;
  private final Clock clock;

  RequestedDocuments(MongoDatabaseFactory mongo, MongoConverter converter, Clock clock) {
    this.gridFs = new GridFsTemplate(mongo, converter, "requested_documents");
    this.clock = clock;
  }

  /** Checks and stores one document of a request; replaces an earlier one of that kind. */
  public StoredDocument store(
      String planId,
      String requestId,
      DocumentRules rules,
      String kindCode,
      String institution,
      String originalName,
      byte[] content,
      String uploadedBy) {
    DocumentKind kind = rules.kind(kindCode).orElse(ADDITIONAL);
    String mediaType = PlanDocuments.checkedMediaType(rules, content, originalName);
    String fileName = rules.fileName(kind, institution, DocumentFormats.extensionOf(mediaType));
    Document metadata =
        new Document("planId", planId)
            .append("requestId", requestId)
            .append("kind", kindCode)
            .append("mediaType", mediaType)
            .append("sha256", PlanDocuments.sha256(content))
            .append("size", (long) content.length)
            .append("uploadedBy", uploadedBy)
            .append("uploadedAt", java.util.Date.from(clock.instant()));
    gridFs.delete(ofKind(requestId, kindCode));
    gridFs.store(new ByteArrayInputStream(content), fileName, mediaType, metadata);
    return find(requestId, kindCode).orElseThrow();
  }

  /** The request's documents, in the order of the kinds asked for. */
  public List<StoredDocument> list(String requestId, List<String> kinds) {
    List<StoredDocument> documents = new ArrayList<>();
    for (String kind : kinds) {
      find(requestId, kind).ifPresent(documents::add);
    }
    return documents;
  }

  public Optional<StoredDocument> find(String requestId, String kind) {
    return Optional.ofNullable(gridFs.findOne(ofKind(requestId, kind))).map(PlanDocuments::view);
  }

  /** The content of a request's document, if it belongs to that plan. */
  public Optional<Resource> content(String planId, String requestId, String kind) {
    Query query = ofKind(requestId, kind).addCriteria(Criteria.where("metadata.planId").is(planId));
    return Optional.ofNullable(gridFs.findOne(query)).map(gridFs::getResource);
  }

  private static Query ofKind(String requestId, String kind) {
    return Query.query(
        Criteria.where("metadata.requestId").is(requestId).and("metadata.kind").is(kind));
  }
}
