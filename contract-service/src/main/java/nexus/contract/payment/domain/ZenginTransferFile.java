package nexus.contract.payment.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;

/**
 * A general transfer (総合振込, type 21) file in the Zengin (全銀協) fixed-length format: a header record,
 * one data record per transfer, a trailer with the count and total, an end record; each record
 * exactly 120 bytes of Shift_JIS (names in half-width katakana, one byte each), records separated
 * by CR LF.
 */
public final class ZenginTransferFile {

  /** Width of every record in bytes. */
  public static final int RECORD_BYTES = 120;

  public static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");
  private static final byte[] CRLF = {'\r', '\n'};

  /** The paying account: the agency's. */
  public record Remitter(String requesterCode, String nameKana, BankAccount account) {}

  /** One transfer: payee account, amount, a customer code that names the payment. */
  public record Transfer(BankAccount payee, long amountJpy, String customerCode) {}

  private ZenginTransferFile() {}

  /** The file's bytes for the transfers to execute on the given day. */
  public static byte[] write(Remitter remitter, LocalDate transferDate, List<Transfer> transfers) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BankAccount from = remitter.account();
    record(
        out,
        "1"
            + "21"
            + "0"
            + digits(remitter.requesterCode(), 10)
            + kana(remitter.nameKana(), 40)
            + String.format("%02d%02d", transferDate.getMonthValue(), transferDate.getDayOfMonth())
            + from.bankCode()
            + kana(from.bankName(), 15)
            + from.branchCode()
            + kana(from.branchName(), 15)
            + from.accountType()
            + from.accountNumber()
            + " ".repeat(17));
    long total = 0;
    for (Transfer t : transfers) {
      BankAccount to = t.payee();
      if (t.amountJpy() <= 0 || t.amountJpy() > 9_999_999_999L) {
        throw new IllegalArgumentException("amount out of range: " + t.amountJpy());
      }
      total = Math.addExact(total, t.amountJpy());
      record(
          out,
          "2"
              + to.bankCode()
              + kana(to.bankName(), 15)
              + to.branchCode()
              + kana(to.branchName(), 15)
              + "    "
              + to.accountType()
              + to.accountNumber()
              + kana(to.holderKana(), 30)
              + digits(Long.toString(t.amountJpy()), 10)
              + "0"
              + kana(t.customerCode(), 20)
              + " "
              + " "
              + " ".repeat(7));
    }
    record(
        out,
        "8"
            + digits(Integer.toString(transfers.size()), 6)
            + digits(Long.toString(total), 12)
            + " ".repeat(101));
    record(out, "9" + " ".repeat(119));
    return out.toByteArray();
  }

  private static void record(ByteArrayOutputStream out, String record) {
    byte[] bytes = record.getBytes(SHIFT_JIS);
    if (bytes.length != RECORD_BYTES) {
      throw new IllegalStateException("record of " + bytes.length + " bytes: " + record);
    }
    out.writeBytes(bytes);
    out.writeBytes(CRLF);
  }

  /** Right-aligned, zero-padded. */
  private static String digits(String value, int width) {
    if (value.length() > width || !value.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("not " + width + " digits: " + value);
    }
    return "0".repeat(width - value.length()) + value;
  }

  /** Left-aligned half-width kana, space-padded, cut at the width. */
  private static String kana(String value, int width) {
    String half = HalfWidthKana.of(value == null ? "" : value);
    return half.length() >= width
        ? half.substring(0, width)
        : half + " ".repeat(width - half.length());
  }
}
