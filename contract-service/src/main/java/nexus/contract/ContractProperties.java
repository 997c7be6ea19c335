package nexus.contract;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Contract's configuration ({@code nexus.contract.*}).
 *
 * @param unfundableKeywords the call's words for what is never funded (the same list intake checks)
 * @param accountKey base64 AES key (128 or 256 bit) that encrypts bank accounts at rest; the
 *     compose profile reads it from the environment, never from the repository
 * @param bank the bank adapter
 * @param remitter the agency's paying account, as the Zengin header names it
 */
@ConfigurationProperties("nexus.contract")
public record ContractProperties(
    List<String> unfundableKeywords, String accountKey, Bank bank, Remitter remitter) {

  /**
   * The bank's transfer API.
   *
   * @param url base URL; transfers are POSTed to {@code url/transfers} with an Idempotency-Key
   */
  public record Bank(String url) {}

  /**
   * The agency's account for the Zengin header.
   *
   * @param requesterCode 10-digit requester code the bank assigned
   * @param nameKana agency name in kana
   * @param bankCode 4 digits
   * @param bankName kana
   * @param branchCode 3 digits
   * @param branchName kana
   * @param accountType 1 ordinary, 2 current
   * @param accountNumber 7 digits
   */
  public record Remitter(
      String requesterCode,
      String nameKana,
      String bankCode,
      String bankName,
      String branchCode,
      String branchName,
      String accountType,
      String accountNumber) {}
}
