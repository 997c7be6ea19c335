package nexus.contract.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nexus.contract.payment.domain.ZenginTransferFile.Remitter;
import nexus.contract.payment.domain.ZenginTransferFile.Transfer;
import org.junit.jupiter.api.Test;

class ZenginTransferFileTest {

  static final BankAccount AGENCY =
      new BankAccount("0001", "ミズホ", "001", "トウキョウエイギョウブ", "1", "1234567", "カガクギジュツシンコウキコウ");
  static final BankAccount UNIVERSITY =
      new BankAccount(
          "0005", "ミツビシユーエフジェイ", "123", "ホンゴウ", "1", "7654321", "コクリツダイガクホウジン　トウキョウダイガク");
  static final BankAccount PARTNER =
      new BankAccount("0009", "ミツイスミトモ", "456", "シブヤ", "2", "0000042", "ガッコウホウジン　ケイオウギジュク");

  static final Remitter REMITTER = new Remitter("1234567890", "ｶｶﾞｸｷﾞｼﾞﾕﾂｼﾝｺｳｷｺｳ", AGENCY);

  private static List<byte[]> records(byte[] file) {
    List<byte[]> records = new ArrayList<>();
    for (int i = 0; i < file.length; i += ZenginTransferFile.RECORD_BYTES + 2) {
      records.add(Arrays.copyOfRange(file, i, i + ZenginTransferFile.RECORD_BYTES));
      assertThat(
              new String(file, i + ZenginTransferFile.RECORD_BYTES, 2, StandardCharsets.US_ASCII))
          .isEqualTo("\r\n");
    }
    return records;
  }

  private static String text(byte[] record) {
    return new String(record, ZenginTransferFile.SHIFT_JIS);
  }

  @Test
  void everyRecordIsOneHundredTwentyBytesAndTheTrailerCountsAndSums() {
    byte[] file =
        ZenginTransferFile.write(
            REMITTER,
            LocalDate.of(2026, 1, 20),
            List.of(
                new Transfer(UNIVERSITY, 7_700_000, "PAY00000000000000001"),
                new Transfer(PARTNER, 2_200_000, "PAY2")));

    assertThat(file.length % (ZenginTransferFile.RECORD_BYTES + 2)).isZero();
    List<byte[]> records = records(file);
    assertThat(records).hasSize(5);
    assertThat(records).allSatisfy(r -> assertThat(r).hasSize(120));
    assertThat(records.stream().map(r -> (char) r[0]).toList())
        .containsExactly('1', '2', '2', '8', '9');

    String header = text(records.get(0));
    assertThat(header.substring(0, 4)).isEqualTo("1210");
    assertThat(header.substring(4, 14)).isEqualTo("1234567890");
    assertThat(header.substring(54, 58)).isEqualTo("0120");
    assertThat(header.substring(58, 62)).isEqualTo("0001");

    String data = text(records.get(1));
    assertThat(data.substring(1, 5)).isEqualTo("0005");
    assertThat(data.substring(20, 23)).isEqualTo("123");
    assertThat(data.substring(42, 43)).isEqualTo("1");
    assertThat(data.substring(43, 50)).isEqualTo("7654321");
    assertThat(data.substring(50, 80)).startsWith("ｺｸﾘﾂﾀﾞｲｶﾞｸﾎｳｼﾞﾝ ﾄｳｷﾖｳﾀﾞｲｶﾞｸ");
    assertThat(data.substring(80, 90)).isEqualTo("0007700000");

    String trailer = text(records.get(3));
    assertThat(trailer.substring(1, 7)).isEqualTo("000002");
    assertThat(trailer.substring(7, 19)).isEqualTo("000009900000");
    assertThat(trailer.substring(19)).isBlank();
    assertThat(text(records.get(4)).substring(1)).isBlank();
  }

  @Test
  void namesBecomeHalfWidthKatakanaOfOneByteEach() {
    assertThat(HalfWidthKana.of("がっこうほうじん　パル")).isEqualTo("ｶﾞﾂｺｳﾎｳｼﾞﾝ ﾊﾟﾙ");
    assertThat("ｶﾞﾂｺｳ".getBytes(ZenginTransferFile.SHIFT_JIS)).hasSize(5);
  }

  @Test
  void kanjiInANameIsRefusedNotDropped() {
    assertThatThrownBy(() -> HalfWidthKana.of("東京大学")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEmptyBatchStillHasAHeaderAZeroTrailerAndAnEnd() {
    List<byte[]> records =
        records(ZenginTransferFile.write(REMITTER, LocalDate.of(2026, 1, 20), List.of()));

    assertThat(records).hasSize(3);
    assertThat(text(records.get(1)).substring(1, 19)).isEqualTo("000000000000000000");
  }

  @Test
  void accountsAreMaskedForTheUi() {
    assertThat(UNIVERSITY.masked()).isEqualTo("0005-123 ****321").doesNotContain("7654321");
  }
}
