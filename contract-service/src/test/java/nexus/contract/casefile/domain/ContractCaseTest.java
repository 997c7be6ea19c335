package nexus.contract.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nexus.contract.CaseFixtures;
import nexus.events.AgreementSigned;
import org.junit.jupiter.api.Test;

class ContractCaseTest {

  static final Instant NOW = Instant.parse("2026-01-10T00:00:00Z");
  static final Actor HOST = new Actor("u-host", "Host signatory", CaseFixtures.HOST);
  static final Actor STAFF = new Actor("staff-a", "Staff A", null);

  static ContractCase approvedCase() {
    ContractCase c = ContractCase.open(CaseOpening.of(CaseFixtures.hostOnlyAward("plan-1")), NOW);
    c.submitWorkPlan(
        new Budget(900_000, 400_000, 4_500_000, 500_000, 630_000),
        LocalDate.of(2026, 2, 1),
        LocalDate.of(2026, 11, 30),
        List.of(),
        HOST,
        NOW);
    c.decideWorkPlan(true, null, STAFF, NOW);
    c.issueAgreements(a -> new byte[] {1, 2, 3}, b -> "sha-" + b.length, NOW);
    return c;
  }

  @Test
  void aSignedAgreementKeepsItsPdfWhateverIsIssuedLater() {
    ContractCase c = approvedCase();
    String id = c.agreements().getFirst().agreementId();
    c.signAsInstitution(id, "sha-3", HOST, NOW);

    c.issueAgreements(a -> new byte[] {9, 9, 9, 9}, b -> "other", NOW);

    assertThat(c.agreement(id).pdf()).containsExactly(1, 2, 3);
    assertThat(c.agreement(id).sha256()).isEqualTo("sha-3");
  }

  @Test
  void theAgencySignsAfterTheInstitutionAndThatSignsTheAgreement() {
    ContractCase c = approvedCase();
    String id = c.agreements().getFirst().agreementId();

    assertThatThrownBy(() -> c.signAsAgency(id, null, STAFF, NOW))
        .hasMessage("agreement.institution-signs-first");
    assertThatThrownBy(() -> c.signAsInstitution(id, null, new Actor("x", "x", "INST-OTHER"), NOW))
        .hasMessage("agreement.other-institution");
    c.signAsInstitution(id, null, HOST, NOW);

    assertThat(c.signAsAgency(id, "sha-3", STAFF, NOW))
        .singleElement()
        .isInstanceOfSatisfying(
            AgreementSigned.class, e -> assertThat(e.amountJpy()).isEqualTo(7_700_000));
    assertThat(c.stage()).isEqualTo(Stage.PAYMENT);
  }

  @Test
  void indirectCostsAboveTenPercentOfDirectAreRefused() {
    assertThatThrownBy(() -> new Budget(1_000_000, 0, 0, 0, 100_001).checkWithin(5_000_000))
        .hasMessage("budget.indirect-cap");
    new Budget(1_000_000, 0, 0, 0, 100_000).checkWithin(1_100_000);
  }

  @Test
  void everyApprovalIsInTheAuditTrail() {
    ContractCase c = approvedCase();

    assertThat(c.audit())
        .extracting(AuditEntry::action)
        .contains("case.opened", "work-plan.submitted", "work-plan.approved", "agreement.issued");
  }
}
