package nexus.contract.casefile.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nexus.contract.casefile.CaseThread;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Multipart uploads to the thread and attachment downloads. */
final class ThreadFiles {

  private ThreadFiles() {}

  static List<CaseThread.Upload> uploads(List<MultipartFile> files) {
    List<CaseThread.Upload> uploads = new ArrayList<>();
    if (files == null) {
      return uploads;
    }
    for (MultipartFile f : files) {
      try {
        uploads.add(
            new CaseThread.Upload(
                f.getOriginalFilename() == null ? "file" : f.getOriginalFilename(), f.getBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return uploads;
  }

  static ResponseEntity<Resource> download(Resource file, String contentType) {
    return ResponseEntity.ok()
        .contentType(
            contentType == null
                ? MediaType.APPLICATION_OCTET_STREAM
                : MediaType.parseMediaType(contentType))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment")
        .body(file);
  }
}
