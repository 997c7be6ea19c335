package nexus.contract.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import nexus.contract.casefile.domain.Agreement;
import nexus.contract.casefile.domain.ContractCase;
import nexus.contract.casefile.domain.Settlement;
import nexus.contract.settlement.domain.SettlementCalculation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders the implementation agreement (実施協定書) of one institution and the refund notice (戻入通知) with
 * OpenPDF. Japanese text uses the PDF standard CJK font HeiseiKakuGo-W5 that OpenPDF's own CMaps
 * describe: no system font is read and none ships with the service. Every heading reads in Japanese
 * and English; the Japanese governs.
 */
@Component
public class ContractPdfs {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private final MessageSource messages;
  private final BaseFont font;

  ContractPdfs(MessageSource messages) {
    this.messages = messages;
    try {
      this.font = BaseFont.createFont("HeiseiKakuGo-W5", "UniJIS-UCS2-H", BaseFont.NOT_EMBEDDED);
    } catch (IOException | DocumentException e) {
      throw new IllegalStateException("OpenPDF's CJK font is missing", e);
    }
  }

  /** The agreement's PDF. Its bytes are fixed at issue time; signatures bind to their hash. */
  public byte[] agreement(ContractCase c, Agreement a, Instant issuedAt) {
    return render(
        doc -> {
          title(doc, "pdf.agreement.title");
          doc.add(line("pdf.agreement.intro", c.title() == null ? c.planId() : c.title()));
          PdfPTable t = table();
          row(t, "pdf.plan", c.planId() + (c.title() == null ? "" : " " + c.title()));
          row(t, "pdf.call", c.callId());
          row(t, "pdf.institution", name(a.institutionName(), a.institutionId()));
          row(t, "pdf.role", both("pdf.role." + a.role()));
          row(t, "pdf.period", date(c.workPlan().start()) + " – " + date(c.workPlan().end()));
          row(t, "pdf.amount", yen(a.amountJpy()));
          var b = c.workPlan().budget();
          row(t, "budget.I", yen(b.suppliesJpy()));
          row(t, "budget.II", yen(b.honorariaJpy()));
          row(t, "budget.III", yen(b.travelJpy()));
          row(t, "budget.IV", yen(b.otherJpy()));
          row(t, "budget.indirect", yen(b.indirectJpy()));
          row(t, "pdf.issued", DATE.format(issuedAt.atZone(TOKYO)));
          doc.add(t);
          for (int i = 1; i <= 5; i++) {
            doc.add(line("pdf.agreement.term" + i));
          }
          doc.add(line("pdf.agreement.signatures"));
        });
  }

  /** The refund notice of a settlement that leaves money to return. */
  public byte[] refundNotice(ContractCase c, Settlement s, Instant at) {
    SettlementCalculation k = s.calculation();
    return render(
        doc -> {
          title(doc, "pdf.refund.title");
          doc.add(line("pdf.refund.intro"));
          PdfPTable t = table();
          row(t, "pdf.plan", c.planId() + (c.title() == null ? "" : " " + c.title()));
          row(t, "pdf.institution", s.institutionId());
          row(t, "pdf.refund.advance", yen(k.advanceJpy()));
          row(t, "pdf.refund.direct", yen(k.directSpentJpy()));
          row(t, "pdf.refund.excluded", yen(k.excludedJpy()));
          row(t, "pdf.refund.eligible-direct", yen(k.eligibleDirectJpy()));
          for (String category : List.of("I", "II", "III", "IV")) {
            row(
                t,
                "budget." + category,
                yen(k.eligibleDirectByCategory().getOrDefault(category, 0L)));
          }
          row(
              t,
              "pdf.refund.indirect",
              yen(k.indirectClaimedJpy()) + " → " + yen(k.indirectAllowedJpy()));
          row(t, "pdf.refund.eligible", yen(k.eligibleJpy()));
          row(t, "pdf.refund.amount", yen(k.refundJpy()));
          row(t, "pdf.issued", DATE.format(at.atZone(TOKYO)));
          doc.add(t);
          doc.add(line("pdf.refund.instructions"));
        });
  }

  /** Hex SHA-256 of bytes. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private interface Body {
    void write(Document doc) throws DocumentException;
  }

  private byte[] render(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
    PdfWriter.getInstance(doc, out);
    doc.open();
    try {
      body.write(doc);
    } catch (DocumentException e) {
      throw new UncheckedIOException(new IOException(e));
    }
    doc.close();
    return out.toByteArray();
  }

  private void title(Document doc, String key) throws DocumentException {
    Paragraph p = new Paragraph(both(key), new Font(font, 16, Font.BOLD));
    p.setAlignment(Element.ALIGN_CENTER);
    p.setSpacingAfter(16);
    doc.add(p);
  }

  private Paragraph line(String key, Object... args) {
    Paragraph p =
        new Paragraph(
            text(key, Locale.JAPANESE, args) + "\n" + text(key, Locale.ENGLISH, args),
            new Font(font, 10));
    p.setSpacingAfter(8);
    return p;
  }

  private PdfPTable table() {
    PdfPTable t = new PdfPTable(new float[] {2, 5});
    t.setWidthPercentage(100);
    t.setSpacingAfter(12);
    return t;
  }

  private void row(PdfPTable t, String key, String value) {
    t.addCell(new Paragraph(both(key), new Font(font, 9)));
    t.addCell(new Paragraph(value == null ? "" : value, new Font(font, 10)));
  }

  private String both(String key) {
    return text(key, Locale.JAPANESE) + " / " + text(key, Locale.ENGLISH);
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }

  private static String yen(long jpy) {
    return String.format(Locale.ROOT, "JPY %,d", jpy);
  }

  private static String date(LocalDate d) {
    return d == null ? "—" : d.toString();
  }

  private static String name(String name, String id) {
    return name == null ? id : name + " (" + id + ")";
  }
}
