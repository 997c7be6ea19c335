package nexus.contract.payment;

import nexus.contract.payment.domain.BankAccount;

/**
 * Without a bank API ({@code nexus.contract.bank.url} unset) the agency pays by uploading the
 * approved batch's Zengin file to its bank's portal: staff disburse a payment once the bank has
 * accepted that file, and the reference names the payment within the uploaded batch.
 */
class FileTransferBankGateway implements BankGateway {

  @Override
  public String transfer(String idempotencyKey, BankAccount payee, long amountJpy) {
    return "ZENGIN-" + idempotencyKey;
  }
}
