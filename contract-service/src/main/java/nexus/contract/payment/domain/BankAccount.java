package nexus.contract.payment.domain;

import java.util.regex.Pattern;

/**
 * A payee's Japanese bank account, in clear: only ever held in memory (stored encrypted, shown
 * masked).
 *
 * @param bankCode 4-digit bank code (金融機関コード)
 * @param bankName bank name, in kana
 * @param branchCode 3-digit branch code
 * @param branchName branch name, in kana
 * @param accountType 1 ordinary (普通), 2 current (当座), 4 savings (貯蓄)
 * @param accountNumber 7-digit account number
 * @param holderKana account holder's name in kana, as the bank has it
 */
public record BankAccount(
    String bankCode,
    String bankName,
    String branchCode,
    String branchName,
    String accountType,
    String accountNumber,
    String holderKana) {

  private static final Pattern DIGITS = Pattern.compile("\\d+");

  public BankAccount {
    require(bankCode, 4, "bankCode");
    require(branchCode, 3, "branchCode");
    require(accountNumber, 7, "accountNumber");
    if (!"1".equals(accountType) && !"2".equals(accountType) && !"4".equals(accountType)) {
      throw new IllegalArgumentException("accountType must be 1, 2 or 4");
    }
    HalfWidthKana.of(holderKana);
    HalfWidthKana.of(bankName);
    HalfWidthKana.of(branchName);
  }

  private static void require(String value, int digits, String field) {
    if (value == null || value.length() != digits || !DIGITS.matcher(value).matches()) {
      throw new IllegalArgumentException(field + " must be " + digits + " digits");
    }
  }

  /** What the UI shows: bank and branch, the last three digits of the account, no holder. */
  public String masked() {
    return bankCode + "-" + branchCode + " ****" + accountNumber.substring(4);
  }
}
