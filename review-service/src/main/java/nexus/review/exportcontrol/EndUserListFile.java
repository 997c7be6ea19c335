package nexus.review.exportcontrol;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nexus.review.exportcontrol.domain.EndUserEntry;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the end user list as METI publishes it: an Excel workbook (first sheet) or a CSV file, a
 * header row naming the columns country, organisation name, also-known-as names and type of concern
 * (English or Japanese headers, in any order; other columns such as No. are ignored). Aliases in
 * one cell are separated by line breaks or semicolons.
 */
final class EndUserListFile {

  private EndUserListFile() {}

  static List<EndUserEntry> read(String fileName, byte[] content) {
    List<List<String>> rows =
        fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv")
            ? csv(new String(stripBom(content), StandardCharsets.UTF_8))
            : excel(content);
    int header = -1;
    int[] cols = null;
    for (int i = 0; i < rows.size() && header < 0; i++) {
      cols = columns(rows.get(i));
      if (cols[1] >= 0) {
        header = i;
      }
    }
    if (header < 0) {
      throw new IllegalArgumentException("exportcontrol.list.no-header");
    }
    List<EndUserEntry> entries = new ArrayList<>();
    for (List<String> row : rows.subList(header + 1, rows.size())) {
      String name = cell(row, cols[1]);
      if (name.isBlank()) {
        continue;
      }
      List<String> aliases =
          Arrays.stream(cell(row, cols[2]).split("[;\\n\\r]+"))
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .toList();
      entries.add(new EndUserEntry(cell(row, cols[0]), name.strip(), aliases, cell(row, cols[3])));
    }
    return entries;
  }

  /** Column indexes of country, name, aliases, concern in a header row (-1 where absent). */
  private static int[] columns(List<String> row) {
    int[] cols = {-1, -1, -1, -1};
    for (int i = 0; i < row.size(); i++) {
      String h = row.get(i).toLowerCase(Locale.ROOT);
      if (cols[2] < 0 && (h.contains("also known") || h.contains("別名") || h.contains("aka"))) {
        cols[2] = i;
      } else if (cols[0] < 0 && (h.contains("country") || h.contains("国"))) {
        cols[0] = i;
      } else if (cols[1] < 0
          && (h.contains("name")
              || h.contains("organization")
              || h.contains("organisation")
              || h.contains("company")
              || h.contains("企業名")
              || h.contains("組織名"))) {
        cols[1] = i;
      } else if (cols[3] < 0 && (h.contains("type") || h.contains("concern") || h.contains("懸念"))) {
        cols[3] = i;
      }
    }
    return cols;
  }

  private static String cell(List<String> row, int i) {
    return i < 0 || i >= row.size() ? "" : row.get(i);
  }

  private static List<List<String>> excel(byte[] content) {
    try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      Sheet sheet = book.getSheetAt(0);
      DataFormatter format = new DataFormatter();
      List<List<String>> rows = new ArrayList<>();
      for (Row r : sheet) {
        List<String> row = new ArrayList<>();
        for (int c = 0; c < r.getLastCellNum(); c++) {
          Cell cell = r.getCell(c);
          row.add(cell == null ? "" : format.formatCellValue(cell));
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("exportcontrol.list.unreadable", e);
    }
  }

  /** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
  static List<List<String>> csv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(ch);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }

  private static byte[] stripBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf
        ? Arrays.copyOfRange(b, 3, b.length)
        : b;
  }
}
