package nexus.contract.casefile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nexus.contract.casefile.domain.Attachment;
import nexus.contract.casefile.domain.ContractCase;
import nexus.contract.casefile.domain.Message;
import nexus.contract.pdf.ContractPdfs;
import nexus.web.NotFoundException;
import nexus.web.RuleViolationException;
import org.apache.tika.Tika;
import org.bson.Document;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The message thread of a case, where staff and the host settle conditions and information updates.
 * Attachments are stored in GridFS; what a file is comes from its bytes (Tika), as in intake, and
 * only documents and images are taken. A file uploaded again under the same name is its next
 * version; earlier versions stay.
 */
@Service
public class CaseThread {

  /** Largest attachment accepted. */
  public static final long MAX_BYTES = 10L * 1024 * 1024;

  static final Set<String> MEDIA_TYPES =
      Set.of(
          "application/pdf",
          "application/msword",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.ms-excel",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "image/png",
          "image/jpeg");

  private static final Tika TIKA = new Tika();
  private final ContractCases cases;
  private final GridFsTemplate gridFs;

  CaseThread(ContractCases cases, GridFsTemplate gridFs) {
    this.cases = cases;
    this.gridFs = gridFs;
  }

  /** An uploaded file. */
  public record Upload(String fileName, byte[] content) {}

  /** Posts a message with its attachments, checked before anything is stored. */
  public void post(
      String planId, String authorName, boolean fromStaff, String text, List<Upload> uploads) {
    if ((text == null || text.isBlank()) && uploads.isEmpty()) {
      throw new RuleViolationException(HttpStatus.BAD_REQUEST, "message.empty");
    }
    List<String> types = new ArrayList<>();
    for (Upload u : uploads) {
      if (u.content().length == 0) {
        throw new RuleViolationException(HttpStatus.BAD_REQUEST, "document.empty");
      }
      if (u.content().length > MAX_BYTES) {
        throw new RuleViolationException(
            HttpStatus.CONTENT_TOO_LARGE, "document.size", MAX_BYTES / (1024 * 1024));
      }
      String type = detect(u);
      if (!MEDIA_TYPES.contains(type)) {
        throw new RuleViolationException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "document.type", type);
      }
      types.add(type);
    }
    cases.update(
        planId,
        (c, at) -> {
          List<Attachment> attachments = new ArrayList<>();
          for (int i = 0; i < uploads.size(); i++) {
            Upload u = uploads.get(i);
            int version =
                c.nextAttachmentVersion(u.fileName())
                    + (int)
                        attachments.stream().filter(a -> a.fileName().equals(u.fileName())).count();
            String fileId = UUID.randomUUID().toString();
            String sha = ContractPdfs.sha256(u.content());
            gridFs.store(
                new ByteArrayInputStream(u.content()),
                u.fileName(),
                types.get(i),
                new Document("planId", planId)
                    .append("fileId", fileId)
                    .append("version", version)
                    .append("sha256", sha));
            attachments.add(
                new Attachment(
                    fileId, u.fileName(), version, types.get(i), u.content().length, sha));
          }
          c.post(
              new Message(
                  UUID.randomUUID().toString(), authorName, fromStaff, text, at, attachments));
        });
  }

  /** An attachment's bytes, if it belongs to the case. */
  public Resource attachment(ContractCase c, String fileId) {
    boolean onCase =
        c.messages().stream()
            .flatMap(m -> m.attachments().stream())
            .anyMatch(a -> a.fileId().equals(fileId));
    var file =
        onCase
            ? gridFs.findOne(
                Query.query(
                    Criteria.where("metadata.fileId")
                        .is(fileId)
                        .and("metadata.planId")
                        .is(c.planId())))
            : null;
    if (file == null) {
      throw new NotFoundException("attachment " + fileId);
    }
    return gridFs.getResource(file);
  }

  private static String detect(Upload u) {
    try {
      return TIKA.detect(new ByteArrayInputStream(u.content()), u.fileName());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
