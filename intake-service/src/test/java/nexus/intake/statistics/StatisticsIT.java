package nexus.intake.statistics;

import static nexus.testsupport.TestUsers.applicantOf;
import static nexus.testsupport.TestUsers.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import nexus.intake.call.CallCatalog;
import nexus.intake.document.DocumentFixtures;
import nexus.intake.plan.StoredPlans;
import nexus.intake.plan.domain.Course;
import nexus.intake.plan.domain.PlanContent;
import nexus.intake.plan.rules.PlanContents;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Statistics of a call with a known set of plans (deadline 2041-10-15 12:00 JST = 03:00 UTC), and
 * its exports read back.
 */
@SpringBootTest(properties = "spring.config.name=intake-service")
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
class StatisticsIT {

  static final String CALL = "ytec-2041";
  static final PlanContent YOUNG = PlanContents.youngTalentPlan(); // TH, VN, funded partner
  static final PlanContent MENTOR = PlanContents.mentorPlan(); // MY, no partner

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired GridFsTemplate gridFs;
  @Autowired CallCatalog calls;

  @BeforeEach
  void aCallWithFourSubmittedPlans() {
    if (calls.copy("ytec-2025", 2041).isEmpty()) {
      return; // stored by an earlier test of this class
    }
    mongo
        .getCollection("institutions")
        .insertOne(
            new Document("_id", "INST-S1")
                .append("type", "UNIVERSITY")
                .append("corporateNumber", "S1"));
    mongo
        .getCollection("institutions")
        .insertOne(
            new Document("_id", "INST-S2")
                .append("type", "TECHNICAL_COLLEGE")
                .append("corporateNumber", "S2"));
    plan(
        "INST-S1",
        Course.YOUNG_TALENT,
        "Hydrogen",
        "green technology",
        YOUNG,
        1,
        "2041-10-15T02:10:00Z",
        "PLAN",
        "EXPORT_CONTROL_HOST",
        "EXPORT_CONTROL_PARTNER");
    plan(
        "INST-S1",
        Course.MENTOR,
        "Quantum mentors",
        "AI",
        MENTOR,
        2,
        "2041-10-15T02:40:00Z",
        "PLAN");
    plan(
        "INST-S2",
        Course.YOUNG_TALENT,
        "=HYPERLINK(\"http://x\")",
        "green technology",
        YOUNG,
        3,
        "2041-10-14T05:00:00Z",
        "PLAN",
        "EXPORT_CONTROL_HOST");
    plan(
        "INST-S3",
        Course.MENTOR,
        "Unregistered host",
        null,
        MENTOR,
        4,
        "2041-10-01T00:00:00Z",
        "PLAN",
        "EXPORT_CONTROL_HOST");
  }

  private void plan(
      String institution,
      Course course,
      String title,
      String field,
      PlanContent content,
      int receipt,
      String submittedAt,
      String... documents) {
    String id =
        StoredPlans.submitted(
            mongo,
            CALL,
            institution,
            course,
            title,
            field,
            content,
            "pi-" + receipt,
            "YTEC-2041-%05d".formatted(receipt),
            Instant.parse(submittedAt));
    for (String kind : documents) {
      gridFs.store(
          new ByteArrayInputStream(DocumentFixtures.pdf()),
          kind + ".pdf",
          "application/pdf",
          new Document("planId", id).append("kind", kind));
    }
  }

  @Test
  void countsPerHourCountryCourseFieldAndInstitutionTypeAndMissingDocuments() throws Exception {
    String page =
        mvc.perform(
                get("/statistics")
                    .with(staff("staff-intake"))
                    .param("callId", CALL)
                    .param("lang", "en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page).contains("id=\"submitted-total\">4<");
    // 11:10 and 11:40 JST in one bar; 14:00 JST the day before; October 1 is outside the 3 days
    assertThat(page)
        .contains("data-hour=\"2041-10-15 11:00\" data-count=\"2\"")
        .contains("data-hour=\"2041-10-14 14:00\" data-count=\"1\"")
        .doesNotContain("data-hour=\"2041-10-01");
    assertThat(page)
        .contains("<tr data-key=\"TH\"><th>Thailand (TH)</th><td>2</td></tr>")
        .contains("<tr data-key=\"VN\"><th>Vietnam (VN)</th><td>2</td></tr>")
        .contains("<tr data-key=\"MY\"><th>Malaysia (MY)</th><td>2</td></tr>")
        .contains("<tr data-key=\"YOUNG_TALENT\"><th>Young talent course</th><td>2</td></tr>")
        .contains("<tr data-key=\"MENTOR\"><th>Mentor course</th><td>2</td></tr>")
        .contains("<tr data-key=\"green technology\"><th>green technology</th><td>2</td></tr>")
        .contains("<tr data-key=\"AI\"><th>AI</th><td>1</td></tr>")
        .contains("<tr><th>(none given)</th><td>1</td></tr>")
        .contains("<tr data-key=\"UNIVERSITY\"><th>University</th><td>2</td></tr>")
        .contains(
            "<tr data-key=\"TECHNICAL_COLLEGE\"><th>Technical college (KOSEN)</th><td>1</td></tr>")
        .contains("<tr><th>Unregistered institution</th><td>1</td></tr>");
    assertThat(page)
        .contains("Submitted plans missing a required document: 2")
        .contains("<td>YTEC-2041-00002</td><td>Institution INST-S1</td><td>Quantum mentors</td>")
        .contains("<td>EXPORT_CONTROL_HOST</td>")
        .contains("<td>EXPORT_CONTROL_PARTNER</td>")
        .doesNotContain("<td>YTEC-2041-00001</td>");

    mvc.perform(
            get("/statistics")
                .with(staff("staff-intake"))
                .param("callId", CALL)
                .param("lang", "ja"))
        .andExpect(content().string(containsString("<th>タイ (TH)</th>")))
        .andExpect(content().string(containsString("<th>未登録の機関</th>")));
  }

  @Test
  void csvExportParsesBackWithEveryPlanAndNoFormula() throws Exception {
    byte[] body =
        mvc.perform(
                get("/statistics/export.csv")
                    .with(staff("staff-intake"))
                    .param("callId", CALL)
                    .param("lang", "en"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", containsString("text/csv")))
            .andExpect(
                header()
                    .string("Content-Disposition", containsString("submitted-plans-ytec-2041.csv")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
    List<String> lines =
        Arrays.asList(new String(body, StandardCharsets.UTF_8).substring(1).split("\r\n"));

    assertThat(lines).hasSize(5);
    assertThat(lines.get(0))
        .startsWith("Receipt number,Host institution,Institution type,Course,Title");
    assertThat(lines.get(1))
        .isEqualTo(
            "YTEC-2041-00001,Institution INST-S1,University,Young talent course,Hydrogen,"
                + "green technology,TH VN,"
                + YOUNG.requestedJpy()
                + ",2041-10-15 11:10:00,1,PLAN EXPORT_CONTROL_HOST EXPORT_CONTROL_PARTNER,");
    assertThat(lines.get(3))
        .startsWith(
            "YTEC-2041-00003,Institution INST-S2,Technical college (KOSEN),Young talent course,\"'=HYPERLINK(\"\"http://x\"\")\",")
        .endsWith(",PLAN EXPORT_CONTROL_HOST,EXPORT_CONTROL_PARTNER");
    assertThat(lines.get(4))
        .contains(",Unregistered institution,Mentor course,Unregistered host,,MY,");
  }

  @Test
  void excelExportParsesBackWithNumbersAsNumbersAndTextAsText() throws Exception {
    byte[] body =
        mvc.perform(
                get("/statistics/export.xlsx")
                    .with(staff("admin"))
                    .param("callId", CALL)
                    .param("lang", "ja"))
            .andExpect(status().isOk())
            .andExpect(
                header()
                    .string(
                        "Content-Disposition", containsString("submitted-plans-ytec-2041.xlsx")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
      XSSFSheet sheet = workbook.getSheet(CALL);
      assertThat(sheet.getLastRowNum()).isEqualTo(4);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("受付番号");
      Row first = sheet.getRow(1);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo("YTEC-2041-00001");
      assertThat(first.getCell(3).getStringCellValue()).isEqualTo("若手人材交流コース");
      assertThat(first.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(first.getCell(7).getNumericCellValue()).isEqualTo((double) YOUNG.requestedJpy());
      assertThat(first.getCell(8).getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2041, 10, 15, 11, 10));
      assertThat(first.getCell(9).getNumericCellValue()).isEqualTo(1d);
      Row third = sheet.getRow(3);
      assertThat(third.getCell(4).getCellType()).isEqualTo(CellType.STRING);
      assertThat(third.getCell(4).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
      assertThat(third.getCell(11).getStringCellValue()).isEqualTo("EXPORT_CONTROL_PARTNER");
    }
  }

  @Test
  void aCallWithoutSubmissionsShowsAnEmptyState() throws Exception {
    calls.copy("ytec-2025", 2042);
    mvc.perform(
            get("/statistics")
                .with(staff("staff-intake"))
                .param("callId", "ytec-2042")
                .param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"no-submissions\"")))
        .andExpect(content().string(containsString("No plans have been submitted to this call.")))
        .andExpect(content().string(not(containsString("id=\"per-hour\""))));
    String csv =
        mvc.perform(
                get("/statistics/export.csv")
                    .with(staff("staff-intake"))
                    .param("callId", "ytec-2042"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv.split("\r\n")).hasSize(1);
  }

  @Test
  void onlyIntakeStaffAndAdminsSeeStatisticsAndExports() throws Exception {
    for (String path :
        List.of("/statistics", "/statistics/export.csv", "/statistics/export.xlsx")) {
      mvc.perform(get(path).with(applicantOf("INST-S1")).param("callId", CALL))
          .andExpect(status().isForbidden());
      mvc.perform(get(path).with(staff("staff-review")).param("callId", CALL))
          .andExpect(status().isForbidden());
    }
    mvc.perform(get("/statistics/export.csv").param("callId", CALL))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/dashboard").with(staff("staff-intake")))
        .andExpect(content().string(containsString("id=\"statistics-link\"")));
  }

  @Test
  void badDaysOrAnUnknownCallAreClearProblems() throws Exception {
    mvc.perform(
            get("/statistics")
                .with(staff("staff-intake"))
                .param("callId", CALL)
                .param("days", "15"))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/statistics").with(staff("staff-intake")).param("days", "many"))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/statistics").with(staff("staff-intake")).param("callId", "nope"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/statistics/export.xlsx").with(staff("staff-intake")).param("callId", "nope"))
        .andExpect(status().isNotFound());
  }
}
