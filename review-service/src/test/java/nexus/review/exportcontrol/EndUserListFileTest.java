package nexus.review.exportcontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nexus.review.exportcontrol.domain.EndUserEntry;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class EndUserListFileTest {

  @Test
  void readsTheExcelListByItsJapaneseHeadersWithAliasesOnSeparateLines() throws Exception {
    byte[] xlsx;
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("EUL");
      book.createSheet("notes");
      Row title = sheet.createRow(0);
      title.createCell(0).setCellValue("外国ユーザーリスト");
      Row header = sheet.createRow(2);
      String[] heads = {"No.", "国名・地域名", "企業名・組織名", "別名", "懸念区分"};
      for (int i = 0; i < heads.length; i++) {
        header.createCell(i).setCellValue(heads[i]);
      }
      Row entry = sheet.createRow(3);
      entry.createCell(0).setCellValue(1);
      entry.createCell(1).setCellValue("イラン");
      entry.createCell(2).setCellValue("Example Industries Group");
      entry.createCell(3).setCellValue("EIG\nExample Ind. Co., Ltd.");
      entry.createCell(4).setCellValue("核");
      book.write(out);
      xlsx = out.toByteArray();
    }

    List<EndUserEntry> entries = EndUserListFile.read("eul.xlsx", xlsx);

    assertThat(entries)
        .containsExactly(
            new EndUserEntry(
                "イラン", "Example Industries Group", List.of("EIG", "Example Ind. Co., Ltd."), "核"));
  }

  @Test
  void readsQuotedCsvFieldsWithCommasAndQuotes() {
    String csv =
        "\uFEFFCountry or Region,Company or Organization,Also Known As,Type of WMD\r\n"
            + "China,\"Alpha \"\"Beta\"\", Ltd.\",\"A1;A2\",Missile\r\n";

    List<EndUserEntry> entries =
        EndUserListFile.read("list.csv", csv.getBytes(StandardCharsets.UTF_8));

    assertThat(entries)
        .containsExactly(
            new EndUserEntry("China", "Alpha \"Beta\", Ltd.", List.of("A1", "A2"), "Missile"));
  }

  @Test
  void aFileWithoutANameColumnIsRefused() {
    assertThatThrownBy(
            () -> EndUserListFile.read("x.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)))
        .hasMessage("exportcontrol.list.no-header");
  }
}
