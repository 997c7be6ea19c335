package nexus.web.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook written with POI's streaming API (SXSSF): only a window of rows stays in
 * memory, the rest goes to a compressed temporary file, so 10,000 plans cost what 100 do. Numbers
 * are number cells, times date cells; text is always a text cell, which Excel never evaluates as a
 * formula.
 */
public final class XlsxSheet implements Sheet {

  private static final int WINDOW = 100;

  private final OutputStream out;
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
  private final SXSSFSheet sheet;
  private final CellStyle header;
  private final CellStyle amount;
  private final CellStyle time;
  private int next;

  public XlsxSheet(OutputStream out, String sheetName) {
    this.out = out;
    workbook.setCompressTempFiles(true);
    sheet = workbook.createSheet(sheetName);
    Font bold = workbook.createFont();
    bold.setBold(true);
    header = workbook.createCellStyle();
    header.setFont(bold);
    amount = workbook.createCellStyle();
    amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
    time = workbook.createCellStyle();
    time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
  }

  @Override
  public void row(List<?> cells) {
    boolean first = next == 0;
    Row row = sheet.createRow(next++);
    for (int i = 0; i < cells.size(); i++) {
      Cell cell = row.createCell(i);
      switch (cells.get(i)) {
        case null -> cell.setBlank();
        case Long n -> {
          cell.setCellValue(n.doubleValue());
          cell.setCellStyle(amount);
        }
        case Integer n -> cell.setCellValue(n.doubleValue());
        case LocalDateTime t -> {
          cell.setCellValue(t);
          cell.setCellStyle(time);
        }
        case Object o -> {
          cell.setCellValue(o.toString());
          if (first) {
            cell.setCellStyle(header);
          }
        }
      }
    }
    if (first) {
      sheet.createFreezePane(0, 1);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      workbook.write(out);
      out.flush();
    } finally {
      workbook.close();
      workbook.dispose(); // deletes the temporary files
    }
  }
}
