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
    assertThat(content).contains("III 旅費 / III Travel").contains("JPY 4,500,000");
    assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
        .contains("HeiseiKakuGo-W5");
  }

  @Test
  void theSameBytesAlwaysHashTheSame() {
    byte[] bytes = {1, 2, 3};

    assertThat(ContractPdfs.sha256(bytes))
        .isEqualTo("039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81");
  }

  @Test
  void theRefundNoticeShowsEligibleSpendPerCategoryAndTheRefund() throws Exception {
    ContractCase c = paidCase();
    var calc =
        nexus.contract.settlement.domain.SettlementCalculation.of(
            7_700_000,
            java.util.List.of(
                new nexus.contract.settlement.domain.SettlementCalculation.Line(
                    "III", "Flights", 4_500_000),
                new nexus.contract.settlement.domain.SettlementCalculation.Line(
                    "IV", "Souvenirs", 150_000)),
            700_000,
            new nexus.contract.settlement.domain.UnfundableItems(java.util.List.of("souvenir")));
    byte[][] notice = new byte[1][];
    c.settle(
        CaseFixtures.HOST,
        "r-1",
        calc,
        s -> notice[0] = pdfs().refundNotice(c, s, Instant.now()),
        Instant.now());

    byte[] page = new PdfReader(notice[0]).getPageContent(1);
    String content =
        new String(page, StandardCharsets.UTF_16BE)
            + new String(page, 1, page.length - 1, StandardCharsets.UTF_16BE);
    assertThat(content)
        .contains("戻入通知書")
        .contains("Refund Notice")
        .contains("JPY 4,500,000")
        .contains("JPY 2,750,000");
  }

  /** A host-only case whose advance of 7,700,000 is paid. */
  private static ContractCase paidCase() {
    Instant now = Instant.parse("2026-01-10T00:00:00Z");
    var host = new nexus.contract.casefile.domain.Actor("u", "Host", CaseFixtures.HOST);
    var staffA = new nexus.contract.casefile.domain.Actor("staff-a", "A", null);
    var staffB = new nexus.contract.casefile.domain.Actor("staff-b", "B", null);
    ContractCase c = ContractCase.open(CaseOpening.of(CaseFixtures.hostOnlyAward("plan-2")), now);
    c.submitWorkPlan(
        new nexus.contract.casefile.domain.Budget(900_000, 400_000, 4_500_000, 500_000, 630_000),
        java.time.LocalDate.of(2026, 2, 1),
        java.time.LocalDate.of(2026, 11, 30),
        java.util.List.of(),
        host,
        now);
    c.decideWorkPlan(true, null, staffA, now);
    c.issueAgreements(a -> new byte[] {1}, ContractPdfs::sha256, now);
    String agreement = c.agreements().getFirst().agreementId();
    c.signAsInstitution(agreement, null, host, now);
    c.signAsAgency(agreement, null, staffA, now);
    String payment = c.requestPayment(agreement, "enc", "masked", staffA, now).paymentId();
    c.approvePayment(payment, staffB, now);
    c.paymentDisbursed(payment, "ref", staffB, now);
    return c;
  }
}
