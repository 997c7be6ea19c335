package nexus.web.sheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark, so Excel reads Japanese right. Text that a
 * spreadsheet would take for a formula (starting with {@code = + - @}, tab or carriage return) is
 * prefixed with an apostrophe.
 */
public final class CsvSheet implements Sheet {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final Writer out;

  public CsvSheet(OutputStream stream) throws IOException {
    this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    out.write('\uFEFF');
  }

  @Override
  public void row(List<?> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(cell(cells.get(i)));
    }
    out.write("\r\n");
  }

  static String cell(Object value) {
    return switch (value) {
      case null -> "";
      case Long n -> n.toString();
      case Integer n -> n.toString();
      case LocalDateTime t -> TIME.format(t);
      default -> quoted(neutralized(value.toString()));
    };
  }

  /** Keeps a spreadsheet from running text as a formula (CSV injection). */
  static String neutralized(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  private static String quoted(String text) {
    if (text.indexOf(',') < 0
        && text.indexOf('"') < 0
        && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
