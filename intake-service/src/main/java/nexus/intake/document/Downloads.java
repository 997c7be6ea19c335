package nexus.intake.document;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored document as an attachment, with its conventional (Japanese) file name intact. */
public final class Downloads {

  private Downloads() {}

  /** The resource as an attachment under its stored name. */
  public static ResponseEntity<Resource> of(Resource resource) {
    String type = resource instanceof GridFsResource g ? g.getContentType() : null;
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(resource.getFilename(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .contentType(
            type == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(type))
        .body(resource);
  }
}
