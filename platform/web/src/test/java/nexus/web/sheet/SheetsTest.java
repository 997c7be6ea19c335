package nexus.web.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SheetsTest {

  @Test
  void csvStartsWithAByteOrderMarkQuotesAndNeutralisesFormulas() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Sheet csv = new CsvSheet(out)) {
      csv.row(List.of("受付番号", "title"));
      csv.row(
          List.of(
              "=HYPERLINK(\"http://evil\")",
              "+1",
              "-2",
              "@SUM(A1)",
              "a, \"quoted\"\nline",
              7_000_000L,
              LocalDateTime.of(2025, 10, 15, 11, 59, 59),
              2));
    }
    byte[] bytes = out.toByteArray();
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
    assertThat(text)
        .isEqualTo(
            "受付番号,title\r\n"
                + "\"'=HYPERLINK(\"\"http://evil\"\")\",'+1,'-2,'@SUM(A1),"
                + "\"a, \"\"quoted\"\"\nline\",7000000,2025-10-15 11:59:59,2\r\n");
  }

  @Test
  void tenThousandRowsStreamIntoASmallWorkbookThatReadsBack() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Sheet xlsx = new XlsxSheet(out, "ytec-2025")) {
      xlsx.row(List.of("Receipt number", "Title", "Requested (JPY)", "Submitted at"));
      for (int i = 1; i <= 10_000; i++) {
        xlsx.row(
            List.of(
                "YTEC-2025-%05d".formatted(i),
                i == 1 ? "=1+1" : "Plan " + i,
                (long) i * 1000,
                LocalDateTime.of(2025, 10, 15, 11, 0)));
      }
    }
    assertThat(out.size()).isLessThan(1_000_000);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      XSSFSheet sheet = workbook.getSheet("ytec-2025");
      assertThat(sheet.getLastRowNum()).isEqualTo(10_000);
      Row first = sheet.getRow(1);
      assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.STRING);
      assertThat(first.getCell(1).getStringCellValue()).isEqualTo("=1+1");
      Row last = sheet.getRow(10_000);
      assertThat(last.getCell(0).getStringCellValue()).isEqualTo("YTEC-2025-10000");
      assertThat(last.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(last.getCell(2).getNumericCellValue()).isEqualTo(10_000_000d);
      assertThat(last.getCell(3).getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2025, 10, 15, 11, 0));
    }
  }
}
