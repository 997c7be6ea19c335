package nexus.review.statistics;

import static nexus.testsupport.TestUsers.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nexus.events.EventCodec;
import nexus.events.PlanSubmitted;
import nexus.messaging.EventInbox;
import nexus.review.support.ReviewFixtures;
import nexus.review.support.Reviewing;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The call statistics count applications by the host institution's registered type, which {@code
 * PlanSubmitted} carries; the type reads in the user's language and unregistered hosts stand apart.
 */
@SpringBootTest(properties = "spring.config.name=review-service")
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
class StatisticsByInstitutionTypeIT {

  @Autowired MockMvc mvc;
  @Autowired EventCodec codec;
  @Autowired EventInbox inbox;

  @Test
  void applicationsAreCountedByInstitutionTypeInCsvExcelAndThePage() throws Exception {
    String call = "call-type-" + UUID.randomUUID().toString().substring(0, 8);
    Reviewing reviewing = new Reviewing(mvc, codec, inbox);
    reviewing.deliver(typed(call, "Kyoto University", "UNIVERSITY"));
    reviewing.deliver(typed(call, "Osaka University", "UNIVERSITY"));
    reviewing.deliver(typed(call, "Kosen Nara", "TECHNICAL_COLLEGE"));
    reviewing.deliver(typed(call, "Unregistered Lab", null));

    String csv =
        mvc.perform(
                get("/calls/" + call + "/statistics.csv")
                    .with(staff("staff-review"))
                    .param("lang", "en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv)
        .contains(
            "By institution type,Applications,Awards\r\n"
                + "Institution not registered,1,0\r\n"
                + "Technical college (KOSEN),1,0\r\n"
                + "University,2,0\r\n"
                + "Total,4,0\r\n");

    byte[] xlsx =
        mvc.perform(
                get("/calls/" + call + "/statistics.xlsx")
                    .with(staff("staff-review"))
                    .param("lang", "ja"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
      Sheet byType = book.getSheet("機関種別別");
      assertThat(byType).isNotNull();
      assertThat(byType.getRow(0).getCell(0).getStringCellValue()).isEqualTo("機関種別別");
      assertThat(byType.getRow(3).getCell(0).getStringCellValue()).isEqualTo("大学");
      assertThat(byType.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(2.0);
      assertThat(byType.getRow(2).getCell(0).getStringCellValue()).isEqualTo("高等専門学校");
    }

    mvc.perform(
            get("/calls/" + call + "/statistics").with(staff("staff-review")).param("lang", "ja"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"by-type\"")))
        .andExpect(content().string(containsString("<td>高等専門学校</td>")));
  }

  private static PlanSubmitted typed(String call, String host, String institutionType) {
    PlanSubmitted p = ReviewFixtures.plan(call, host, "Partner of " + host, "Chula", "TH", "AI");
    return new PlanSubmitted(
        p.planId(),
        p.callId(),
        p.institutionId(),
        p.institutionName(),
        p.course(),
        p.title(),
        p.counterpartCountries(),
        p.requestedAmountJpy(),
        p.submittedAt(),
        p.submissionVersion(),
        p.snapshot(),
        institutionType);
  }
}
