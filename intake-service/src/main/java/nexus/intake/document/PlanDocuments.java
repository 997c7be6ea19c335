package nexus.intake.document;

import com.mongodb.client.gridfs.model.GridFSFile;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import nexus.intake.call.CallCatalog;
import nexus.intake.call.domain.DocumentRules;
import nexus.intake.call.domain.DocumentRules.DocumentKind;
import nexus.web.RuleViolationException;
import org.bson.Document;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Stores a plan's documents in GridFS under the call's naming convention, one per kind (a new
 * upload replaces the old one), after checking size and format by content.
 */
@Service
public class PlanDocuments {

  private final GridFsTemplate gridFs;
  private final Clock clock;
  private final CallCatalog calls;

  PlanDocuments(GridFsTemplate gridFs, Clock clock, CallCatalog calls) {
    this.gridFs = gridFs;
    this.clock = clock;
    this.calls = calls;
  }

  /** Checks and stores one document; replaces the plan's earlier document of that kind. */
  public StoredDocument store(
      String planId,
      DocumentRules rules,
      String kindCode,
      String institution,
      String originalName,
      byte[] content,
      String uploadedBy) {
    DocumentKind kind =
        rules
            .kind(kindCode)
            .orElseThrow(
                () -> new RuleViolationException(HttpStatus.NOT_FOUND, "document.kind", kindCode));
    String mediaType = checkedMediaType(rules, content, originalName);
    String fileName = rules.fileName(kind, institution, DocumentFormats.extensionOf(mediaType));
    Document metadata =
        new Document("planId", planId)
            .append("kind", kind.code())
            .append("mediaType", mediaType)
            .append("sha256", sha256(content))
            .append("size", (long) content.length)
            .append("uploadedBy", uploadedBy)
            .append("uploadedAt", java.util.Date.from(clock.instant()));
    gridFs.delete(ofKind(planId, kind.code()));
    gridFs.store(new ByteArrayInputStream(content), fileName, mediaType, metadata);
    return find(planId, kind.code()).orElseThrow();
  }

  /** The content's format, by content, if the call accepts it and its size; else refused. */
  static String checkedMediaType(DocumentRules rules, byte[] content, String originalName) {
    if (content.length == 0) {
      throw new RuleViolationException(HttpStatus.BAD_REQUEST, "document.empty");
    }
    if (content.length > rules.maxBytes()) {
      throw new RuleViolationException(
          HttpStatus.CONTENT_TOO_LARGE, "document.size", rules.maxBytes() / (1024 * 1024));
    }
    String mediaType = DocumentFormats.detect(content, originalName);
    if (!rules.mediaTypes().contains(mediaType)) {
      throw new RuleViolationException(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE, "document.type", mediaType);
    }
    return mediaType;
  }

  /**
   * The plan's documents, in the order of the calls' kinds: one look-up per kind, on the (plan,
   * kind) index, which the embedded Mongo-compatible server can use where it cannot use one on the
   * plan alone (it would scan every file of every plan).
   */
  public List<StoredDocument> list(String planId) {
    return list(planId, kinds());
  }

  /** The plan's documents of its call's kinds (no look-up of the calls). */
  public List<StoredDocument> list(String planId, DocumentRules rules) {
    return list(planId, rules.kinds().stream().map(DocumentKind::code).toList());
  }

  private List<StoredDocument> list(String planId, List<String> kinds) {
    List<StoredDocument> documents = new ArrayList<>();
    for (String kind : kinds) {
      find(planId, kind).ifPresent(documents::add);
    }
    return documents;
  }

  /** Every document kind of every call. */
  private List<String> kinds() {
    return calls.all().stream()
        .flatMap(call -> call.documents().kinds().stream())
        .map(DocumentKind::code)
        .distinct()
        .toList();
  }

  public Optional<StoredDocument> find(String planId, String kind) {
    return Optional.ofNullable(gridFs.findOne(ofKind(planId, kind))).map(PlanDocuments::view);
  }

  public Optional<Resource> content(String planId, String kind) {
    return Optional.ofNullable(gridFs.findOne(ofKind(planId, kind))).map(gridFs::getResource);
  }

  /** The kinds the call requires of a plan that are not among its stored documents. */
  public static List<DocumentKind> missing(
      List<StoredDocument> stored, DocumentRules rules, boolean hasFundedPartner) {
    return rules.kinds().stream()
        .filter(k -> k.requiredFor(hasFundedPartner))
        .filter(k -> stored.stream().noneMatch(d -> d.kind().equals(k.code())))
        .toList();
  }

  private static Query ofKind(String planId, String kind) {
    return Query.query(Criteria.where("metadata.planId").is(planId).and("metadata.kind").is(kind));
  }

  static StoredDocument view(GridFSFile file) {
    Document m = file.getMetadata();
    return new StoredDocument(
        m.getString("kind"),
        file.getFilename(),
        m.getString("mediaType"),
        file.getLength(),
        m.getString("sha256"),
        file.getUploadDate().toInstant());
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
