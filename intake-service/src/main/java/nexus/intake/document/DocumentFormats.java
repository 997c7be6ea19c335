package nexus.intake.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.tika.Tika;

/**
 * What a file really is, from its bytes (Apache Tika's magic numbers), not from its name: a program
 * renamed {@code .pdf} is still a program. The name only refines a container format (an OOXML or
 * OLE2 file into Word or Excel).
 */
final class DocumentFormats {

  private static final Tika TIKA = new Tika();
  private static final Map<String, String> EXTENSIONS =
      Map.of(
          "application/pdf", ".pdf",
          "application/msword", ".doc",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx",
          "application/vnd.ms-excel", ".xls",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

  private DocumentFormats() {}

  static String detect(byte[] content, String originalName) {
    try {
      return TIKA.detect(new ByteArrayInputStream(content), originalName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String extensionOf(String mediaType) {
    return EXTENSIONS.getOrDefault(mediaType, "");
  }
}
