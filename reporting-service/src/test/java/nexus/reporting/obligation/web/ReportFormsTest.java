package nexus.reporting.obligation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nexus.reporting.obligation.AccountingContent;
import nexus.reporting.obligation.domain.ConfirmedParticipant;
import nexus.reporting.obligation.domain.SafetyChecklist;
import nexus.reporting.obligation.domain.Visit;
import org.junit.jupiter.api.Test;

/** The report forms' rows: element ids, blank rows, the stored emergency contact, totals. */
class ReportFormsTest {

  @Test
  void boundFieldsAreNamedByTheIdsOfTheirElements() {
    assertThat(ParticipantListPages.idOf("people[3].birthDate")).isEqualTo("person-3-birth-date");
    assertThat(ParticipantListPages.idOf("people[0].visits[2].start"))
        .isEqualTo("person-0-visit-2-start");
    assertThat(ParticipantListPages.idOf("people[1].emergencyPhone"))
        .isEqualTo("person-1-emergency-phone");
    assertThat(ParticipantListPages.idOf("something")).isEqualTo("list");
    assertThat(AccountingReportPages.idOf("categories[2].lines[4].amount"))
        .isEqualTo("line-III-4-amount");
    assertThat(AccountingReportPages.idOf("categories[9].lines[0].amount")).isEqualTo("accounting");
    assertThat(AccountingReportPages.idOf("indirect")).isEqualTo("indirect");
  }

  @Test
  void theEmergencyContactIsStoredAsNameAndPhoneAndReadBack() {
    ConfirmedParticipant stored =
        new ConfirmedParticipant(
            "pt-1",
            "Somchai",
            LocalDate.of(1998, 4, 1),
            "GRADUATE_STUDENT",
            "PARTICIPANT",
            "Chula",
            "TH",
            null,
            List.of(
                new Visit(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 9), "DISPATCH", "BKK")),
            new SafetyChecklist(true, "Mrs Jaidee / Sato / +66 2 000", true));

    ParticipantListPage.PersonRow row = ParticipantListPage.of(List.of(stored)).getPeople().get(0);

    assertThat(row.getEmergencyName()).isEqualTo("Mrs Jaidee / Sato");
    assertThat(row.getEmergencyPhone()).isEqualTo("+66 2 000");
    assertThat(row.toForm().toParticipant()).isEqualTo(stored);
  }

  @Test
  void blankPeopleAndVisitsAreLeftOutAndCountriesAreUpperCase() {
    ParticipantListPage page = new ParticipantListPage();
    page.addPerson();
    assertThat(page.blank()).isTrue();
    ParticipantListPage.PersonRow p = page.getPeople().get(0);
    p.setName(" An ");
    p.setCountry("vn");
    ParticipantForm form = p.toForm();
    assertThat(form.name()).isEqualTo("An");
    assertThat(form.country()).isEqualTo("VN");
    assertThat(form.visits()).isEmpty();
    assertThat(page.blank()).isFalse();
  }

  @Test
  void totalsAndTheIndirectCapFollowTheLinesTyped() {
    AccountingPage page =
        AccountingPage.of(
            new AccountingContent(
                List.of(
                    new AccountingContent.Item("I", "reagents", 100_005L),
                    new AccountingContent.Item("III", "flights", 800_000L),
                    new AccountingContent.Item("III", "hotel", 99_999L)),
                80_000L));

    assertThat(page.subtotal("III")).isEqualTo(899_999L);
    assertThat(page.direct()).isEqualTo(1_000_004L);
    assertThat(page.indirectCap()).isEqualTo(100_000L);
    assertThat(page.total()).isEqualTo(1_080_004L);
    assertThat(page.lines("II")).hasSize(1);
    assertThat(page.toContent().items()).hasSize(3);
  }
}
