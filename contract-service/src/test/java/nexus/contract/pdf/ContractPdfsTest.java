package nexus.contract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import nexus.contract.CaseFixtures;
import nexus.contract.casefile.domain.CaseOpening;
import nexus.contract.casefile.domain.ContractCase;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class ContractPdfsTest {

  static ContractPdfs pdfs() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("contract-messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return new ContractPdfs(messages);
  }

  @Test
  void theAgreementReadsInJapaneseAndEnglishWithTheInstitutionAndAmount() throws Exception {
    ContractCase c =
        ContractCase.open(
            CaseOpening.of(CaseFixtures.awardWithPartner("plan-1")),
            Instant.parse("2026-01-10T00:00:00Z"));

    byte[] pdf = pdfs().agreement(c, c.agreements().get(1), Instant.parse("2026-01-10T00:00:00Z"));

    // the CJK font writes UCS-2 codes (CMap UniJIS-UCS2-H) into the page's content stream; a
    // string may start at an odd offset, so read the stream at both alignments
    byte[] page = new PdfReader(pdf).getPageContent(1);
    String content =
        new String(page, StandardCharsets.UTF_16BE)
            + new String(page, 1, page.length - 1, StandardCharsets.UTF_16BE);
    assertThat(content).contains("実施協定書").contains("Implementation Agreement");
    assertThat(content)
        .contains("Partner Institute")
        .contains("JPY 2,200,000")
        .contains("2026-02-01");
    assertThat(content).contains("観光");
    assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
        .contains("HeiseiKakuGo-W5");
  }

  @Test
  void theSameBytesAlwaysHashTheSame() {
    byte[] bytes = {1, 2, 3};

    assertThat(ContractPdfs.sha256(bytes))
        .isEqualTo("039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81");
  }
}
