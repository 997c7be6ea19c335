package nexus.intake.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentFormatsTest {

  @Test
  void formatsAreKnownByTheirContentNotTheirName() throws Exception {
    assertThat(DocumentFormats.detect(DocumentFixtures.pdf(), "plan.pdf"))
        .isEqualTo("application/pdf");
    assertThat(DocumentFormats.detect(DocumentFixtures.pdf(), "plan.docx"))
        .isEqualTo("application/pdf");
    assertThat(DocumentFormats.detect(DocumentFixtures.exe(), "plan.pdf"))
        .isNotEqualTo("application/pdf");
    assertThat(DocumentFormats.detect("just text".getBytes(StandardCharsets.UTF_8), "plan.pdf"))
        .isNotEqualTo("application/pdf");
    assertThat(DocumentFormats.detect(DocumentFixtures.docx(), "plan.docx"))
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  }
}
