package nexus.alumni.directory.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import nexus.alumni.directory.Directory;
import nexus.alumni.directory.DirectoryQuery;
import nexus.alumni.membership.AccessLog;
import nexus.alumni.membership.Profile;
import nexus.alumni.membership.Profile.PastExchange;
import nexus.web.Audited;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff exports of the directory to CSV and Excel (members have no bulk export). */
@RestController
@PreAuthorize("hasAnyRole('staff-alumni','admin')")
class DirectoryExport {

  static final List<String> HEADER =
      List.of("id", "name", "country", "institution", "position", "fields", "email", "exchanges");

  private final Directory directory;
  private final AccessLog accessLog;

  DirectoryExport(Directory directory, AccessLog accessLog) {
    this.directory = directory;
    this.accessLog = accessLog;
  }

  @GetMapping("/api/directory/export.csv")
  @Audited("alumni.directory.export")
  ResponseEntity<String> csv(
      Authentication auth,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) String field,
      @RequestParam(required = false) String institution,
      @RequestParam(required = false) Integer callYear,
      @RequestParam(required = false) String course) {
    List<Profile> rows =
        exported(auth, new DirectoryQuery(country, field, institution, callYear, course));
    StringBuilder csv = new StringBuilder("\uFEFF").append(String.join(",", HEADER)).append("\r\n");
    for (Profile p : rows) {
      csv.append(cells(p).stream().map(DirectoryExport::quote).collect(Collectors.joining(",")))
          .append("\r\n");
    }
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment("alumni.csv"))
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(csv.toString());
  }

  @GetMapping("/api/directory/export.xlsx")
  @Audited("alumni.directory.export")
  ResponseEntity<byte[]> xlsx(
      Authentication auth,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) String field,
      @RequestParam(required = false) String institution,
      @RequestParam(required = false) Integer callYear,
      @RequestParam(required = false) String course) {
    List<Profile> rows =
        exported(auth, new DirectoryQuery(country, field, institution, callYear, course));
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    write(rows, body);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment("alumni.xlsx"))
        .contentType(
            MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .body(body.toByteArray());
  }

  private List<Profile> exported(Authentication auth, DirectoryQuery query) {
    List<Profile> rows = directory.all(query);
    String reader = Viewer.subjectOf(auth);
    rows.forEach(p -> accessLog.read(reader, p.id(), "staff-export"));
    return rows;
  }

  private static void write(List<Profile> rows, OutputStream out) {
    try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
      Sheet sheet = book.createSheet("alumni");
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADER.size(); i++) {
        header.createCell(i).setCellValue(HEADER.get(i));
      }
      int r = 1;
      for (Profile p : rows) {
        Row row = sheet.createRow(r++);
        List<String> cells = cells(p);
        for (int i = 0; i < cells.size(); i++) {
          row.createCell(i).setCellValue(cells.get(i));
        }
      }
      book.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> cells(Profile p) {
    return List.of(
        p.id(),
        nz(p.name()),
        nz(p.country()),
        nz(p.institution()),
        nz(p.position()),
        p.fields() == null ? "" : String.join("; ", p.fields()),
        nz(p.email()),
        p.exchanges() == null
            ? ""
            : p.exchanges().stream()
                .map(DirectoryExport::exchange)
                .collect(Collectors.joining("; ")));
  }

  private static String exchange(PastExchange e) {
    return e.program() + " " + e.callYear() + " " + nz(e.course()) + " " + nz(e.host());
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** Quotes a cell and defuses formulas (a cell starting with = + - @ is read as text). */
  private static String quote(String s) {
    String safe = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }

  private static String attachment(String name) {
    return ContentDisposition.attachment().filename(name).build().toString();
  }
}
