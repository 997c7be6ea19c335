package nexus.review.statistics;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import nexus.review.statistics.domain.StatisticsTables;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the tables as CSV (UTF-8 with BOM, one block per table, text that a spreadsheet would run
 * as a formula neutralised) or as an Excel workbook (POI SXSSF, one sheet per table).
 */
public final class StatisticsExport {

  private StatisticsExport() {}

  /** Headings: dimension name, then "applications", "awards", "total" in the user's language. */
  public static void csv(
      List<StatisticsTables.Table> tables, Function<String, String> text, OutputStream stream)
      throws IOException {
    Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    out.write('\uFEFF');
    for (StatisticsTables.Table t : tables) {
      line(
          out,
          text.apply("statistics." + t.dimension()),
          text.apply("statistics.applications"),
          text.apply("statistics.awards"));
      for (StatisticsTables.Line l : t.lines()) {
        line(out, label(t, l, text), String.valueOf(l.applications()), String.valueOf(l.awards()));
      }
      line(
          out,
          text.apply("statistics.total"),
          String.valueOf(t.applications()),
          String.valueOf(t.awards()));
      out.write("\r\n");
    }
    out.flush();
  }

  public static void xlsx(
      List<StatisticsTables.Table> tables, Function<String, String> text, OutputStream out)
      throws IOException {
    SXSSFWorkbook book = new SXSSFWorkbook(100);
    try {
      for (StatisticsTables.Table t : tables) {
        SXSSFSheet sheet = book.createSheet(text.apply("statistics." + t.dimension()));
        int r = 0;
        Row head = sheet.createRow(r++);
        head.createCell(0).setCellValue(text.apply("statistics." + t.dimension()));
        head.createCell(1).setCellValue(text.apply("statistics.applications"));
        head.createCell(2).setCellValue(text.apply("statistics.awards"));
        for (StatisticsTables.Line l : t.lines()) {
          Row row = sheet.createRow(r++);
          row.createCell(0).setCellValue(label(t, l, text));
          row.createCell(1).setCellValue(l.applications());
          row.createCell(2).setCellValue(l.awards());
        }
        Row total = sheet.createRow(r);
        total.createCell(0).setCellValue(text.apply("statistics.total"));
        total.createCell(1).setCellValue(t.applications());
        total.createCell(2).setCellValue(t.awards());
      }
      book.write(out);
    } finally {
      book.close();
    }
  }

  /** A line's label in the user's language where it is a code (course, institution type). */
  private static String label(
      StatisticsTables.Table t, StatisticsTables.Line l, Function<String, String> text) {
    String key = StatisticsTables.labelKey(t.dimension(), l.label());
    return key == null ? l.label() : text.apply(key);
  }

  private static void line(Writer out, String... cells) throws IOException {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(cell(cells[i]));
    }
    out.write("\r\n");
  }

  static String cell(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      v = '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
